package mx.gob.veracruz.tramites.model;

/** Where a case stands; the legal term runs only in EN_REVISION. */
public enum ExpedienteStatus {
  POR_PAGAR,
  EN_REVISION,
  PREVENIDO,
  RESUELTO,
  CANCELADO
}
