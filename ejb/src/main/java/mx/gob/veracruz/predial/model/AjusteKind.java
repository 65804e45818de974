package mx.gob.veracruz.predial.model;

/** What an adjustment request asks for ({@code PREDIAL_AJUSTE.KIND}). */
public enum AjusteKind {
  /** Cancel a receipt (and the payment it proves). */
  CANCELACION
}
