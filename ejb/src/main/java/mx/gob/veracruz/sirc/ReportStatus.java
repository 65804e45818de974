package mx.gob.veracruz.sirc;

/**
 * A report's state. Open311 sees two: {@code open} (received, assigned, in progress) and {@code
 * closed} (resolved, rejected, closed). The transitions and who may make them are in {@code
 * sirc.internal.ReportWorkflow}, and nowhere else.
 */
public enum ReportStatus {
  RECIBIDO,
  ASIGNADO,
  EN_PROCESO,
  RESUELTO,
  RECHAZADO,
  CERRADO;

  public static final java.util.Set<ReportStatus> OPEN =
      java.util.EnumSet.of(RECIBIDO, ASIGNADO, EN_PROCESO);

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  public String open311() {
    return isOpen() ? "open" : "closed";
  }
}
