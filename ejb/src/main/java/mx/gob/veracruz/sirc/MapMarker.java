package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.math.BigDecimal;

/** One report on the public map: no personal data, only what and where. */
public record MapMarker(
    String folio,
    String serviceCode,
    String serviceName,
    ReportStatus status,
    BigDecimal lat,
    BigDecimal lon)
    implements Serializable {}
