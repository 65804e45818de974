package mx.gob.veracruz.predial.model;

/** The state of a two-person adjustment request ({@code PREDIAL_AJUSTE.STATUS}). */
public enum AjusteStatus {
  PENDIENTE,
  APROBADO,
  RECHAZADO
}
