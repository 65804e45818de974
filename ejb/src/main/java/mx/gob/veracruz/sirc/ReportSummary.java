package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of a clerk's queue. */
public record ReportSummary(
    Long id,
    String folio,
    String serviceCode,
    String serviceName,
    ReportStatus status,
    ReportChannel channel,
    String colonia,
    String dependencia,
    String assignee,
    Instant requestedAt,
    Instant expectedAt,
    boolean overdue,
    BigDecimal lat,
    BigDecimal lon)
    implements Serializable {}
