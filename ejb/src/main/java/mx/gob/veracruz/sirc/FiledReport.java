package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the citizen gets back: the folio, the private tracking token (for the tracking page's URL
 * and Open311 {@code token}), the expected date with its explanation, and open reports of the same
 * service nearby that this one may duplicate.
 */
public record FiledReport(
    String folio,
    String token,
    Instant expectedAt,
    String expectedExplanation,
    String colonia,
    String dependencia,
    List<PublicReport> nearby)
    implements Serializable {}
