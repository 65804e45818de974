package mx.gob.veracruz.cobros;

/**
 * A module that charges: a CDI bean of that module, told when one of its charges is paid, whichever
 * channel paid it (card webhook, the reconciliation of a bank file, the counter). It runs in the
 * payment's transaction: if it throws, the payment is not recorded either.
 */
public interface CobroDestino {
  /** The module code the charges carry ({@code COBRO.MODULE}). */
  String module();

  void paid(CobroPagado payment);
}
