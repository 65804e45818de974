package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of a queue; null means any. {@code status} is a state code (RECIBIDO…). {@code openOnly}
 * keeps received, assigned and in progress; {@code overdueOnly} those past their expected date.
 */
public record ReportQuery(
    String folio,
    String serviceCode,
    String status,
    String dependencia,
    String assignee,
    Long coloniaId,
    LocalDate from,
    LocalDate to,
    boolean openOnly,
    boolean overdueOnly)
    implements Serializable {
  public static ReportQuery all() {
    return new ReportQuery(null, null, null, null, null, null, null, null, false, false);
  }
}
