package mx.gob.veracruz.common;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing of a citizen in a module: a predio with what it owes, a receipt, a report. {@code
 * reference} is what the module's own API takes to open it (a folio, a clave catastral); {@code
 * status} a code and {@code statusLabel} its Spanish name; {@code amount} may be null; {@code link}
 * a portal path (never with personal data) or null.
 */
public record MyItem(
    String module,
    String kind,
    String reference,
    String title,
    String status,
    String statusLabel,
    Instant date,
    BigDecimal amount,
    String link)
    implements Serializable {}
