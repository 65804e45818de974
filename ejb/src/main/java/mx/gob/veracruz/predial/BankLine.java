package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One detail line read from a settlement file (problem set when the line is malformed). */
public record BankLine(
    long archivoId,
    int lineNo,
    String raw,
    String reference,
    BigDecimal amount,
    LocalDateTime paidAt,
    String channel,
    String authorization,
    String problem)
    implements Serializable {}
