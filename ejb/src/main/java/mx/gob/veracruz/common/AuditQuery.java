package mx.gob.veracruz.common;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the audit search; null means "any". */
public record AuditQuery(
    String actor,
    String action,
    String entityType,
    String entityId,
    String outcome,
    LocalDate from,
    LocalDate to)
    implements Serializable {
  public static AuditQuery any() {
    return new AuditQuery(null, null, null, null, null, null, null);
  }
}
