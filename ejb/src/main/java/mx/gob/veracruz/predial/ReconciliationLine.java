package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A settlement line as the console shows it, with its outcome and any exception resolution. */
public record ReconciliationLine(
    Long id,
    Long archivoId,
    String fileName,
    String bank,
    int lineNo,
    String reference,
    BigDecimal amount,
    Instant paidAt,
    String authorization,
    String outcome,
    String detail,
    Long predioId,
    String resolution,
    String resolutionNote,
    String requestedBy,
    String resolvedBy,
    Instant resolvedAt,
    String rawLine)
    implements Serializable {}
