package mx.gob.veracruz.predial.model;

/** A bank slip's state ({@code PREDIAL_REFERENCIA.STATUS}). */
public enum ReferenciaStatus {
  /** The slip the bank may take today; one per predio at most. */
  VIGENTE,
  /**
   * Replaced by a newer slip for the same predio; the bank line that still pays it is an exception.
   */
  SUSTITUIDA,
  /** Paid by a reconciled bank line. */
  PAGADA
}
