package mx.gob.veracruz.common;

import java.io.Serializable;
import java.time.Instant;

/** One audit record as the console shows it. */
public record AuditEntry(
    long id,
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String outcome,
    String correlationId,
    String clientAddress,
    String detail,
    String hash)
    implements Serializable {}
