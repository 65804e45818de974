package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An ARCO request with its legal terms; the sealed fields only in the audited detail. */
public record ArcoView(
    Long id,
    String folio,
    String kind,
    String status,
    String caseFolio,
    LocalDate receivedOn,
    LocalDate dueOn,
    boolean overdue,
    Instant answeredAt,
    LocalDate executionDueOn,
    Instant executedAt,
    String requester,
    String contact,
    String request,
    String answer,
    String dueExplanation)
    implements Serializable {}
