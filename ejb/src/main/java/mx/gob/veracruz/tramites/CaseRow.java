package mx.gob.veracruz.tramites;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the office's case list. */
public record CaseRow(
    String folio,
    String tramiteName,
    String applicantName,
    String status,
    String statusLabel,
    Instant filedAt,
    LocalDate dueDate,
    boolean overdue)
    implements Serializable {}
