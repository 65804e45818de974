package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Per-file result: lines and amounts per outcome; the file balances when the sums equal its
 * trailer.
 */
public record ReconciliationSummary(
    Long archivoId,
    String fileName,
    String bank,
    String status,
    long lines,
    BigDecimal total,
    Map<String, Long> countByOutcome,
    Map<String, BigDecimal> amountByOutcome,
    boolean balanced)
    implements Serializable {}
