package mx.gob.veracruz.predial.model;

/** A payment's state ({@code PREDIAL_PAGO.STATUS}); a cancelled one stays, with its reason. */
public enum PaymentStatus {
  APLICADO,
  CANCELADO
}
