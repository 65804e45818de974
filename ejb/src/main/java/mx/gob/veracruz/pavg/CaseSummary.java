package mx.gob.veracruz.pavg;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A queue row: no name, no narrative, no contact. {@code overdue}: the protection-order clock ran
 * out before an order was recorded.
 */
public record CaseSummary(
    Long id,
    String folio,
    String status,
    String channel,
    List<String> categories,
    boolean danger,
    String riskLevel,
    String colonia,
    Instant receivedAt,
    Instant protectionDue,
    Instant protectionAt,
    boolean overdue,
    String assigned)
    implements Serializable {}
