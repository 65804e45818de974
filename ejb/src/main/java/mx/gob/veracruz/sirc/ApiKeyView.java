package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.time.Instant;

/** An issued Open311 key (never the key itself: its first characters only). */
public record ApiKeyView(
    Long id,
    String prefix,
    String application,
    String contact,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    int ratePerMinute)
    implements Serializable {}
