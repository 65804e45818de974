package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/** One row of the daily report the treasury checks against its bank statements. */
public record ReconciliationReportRow(String bank, String outcome, long lines, BigDecimal amount)
    implements Serializable {}
