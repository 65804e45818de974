package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.LocalDate;

/** Queue filters: only what is safe to index (folio, dates, category, colonia, states). */
public record CaseQuery(
    String folio,
    String status,
    String category,
    Long coloniaId,
    LocalDate from,
    LocalDate to,
    boolean dangerOnly,
    boolean overdueOnly,
    boolean openOnly)
    implements Serializable {
  public static CaseQuery all() {
    return new CaseQuery(null, null, null, null, null, null, false, false, false);
  }
}
