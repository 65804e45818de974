package mx.gob.veracruz.predial.model;

/**
 * What the reconciliation did with a bank line ({@code PREDIAL_ARCHIVO_LINEA.OUTCOME}); NULL in the
 * column means not yet matched (reports call it {@link #PENDING}).
 */
public enum LineOutcome {
  APLICADO,
  CONFIRMADO,
  PARCIAL,
  SOBREPAGO,
  VENCIDA,
  DESCONOCIDA,
  DUPLICADO,
  MAL_FORMADA;

  /** The report code of a line without outcome yet; never stored (the column stays NULL). */
  public static final String PENDING = "PENDIENTE";

  /** Lines a supervisor must resolve: everything but a clean application or confirmation. */
  public boolean isException() {
    return this != APLICADO && this != CONFIRMADO;
  }

  /** The report code of {@code outcome}, {@link #PENDING} while the line is not matched. */
  public static String code(LineOutcome outcome) {
    return outcome == null ? PENDING : outcome.name();
  }
}
