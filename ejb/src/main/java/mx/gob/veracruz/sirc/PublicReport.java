package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A report as anyone may see it (Open311 service request, tracking page, public map): no name,
 * e-mail, phone or CURP. {@code updates} are the public timeline entries only.
 */
public record PublicReport(
    String folio,
    ReportStatus status,
    String statusNotes,
    String serviceCode,
    String serviceName,
    String description,
    String agencyResponsible,
    Instant requestedAt,
    Instant updatedAt,
    Instant expectedAt,
    String address,
    String colonia,
    String zipcode,
    BigDecimal lat,
    BigDecimal lon,
    String mediaUrl,
    int supporters,
    String mergedInto,
    List<TimelineEntry> updates)
    implements Serializable {}
