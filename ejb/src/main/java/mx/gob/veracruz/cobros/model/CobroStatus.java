package mx.gob.veracruz.cobros.model;

/** Where a charge stands: owed, paid once, or cancelled by the module that issued it. */
public enum CobroStatus {
  PENDIENTE,
  PAGADO,
  CANCELADO
}
