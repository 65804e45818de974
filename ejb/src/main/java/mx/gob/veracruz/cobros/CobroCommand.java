package mx.gob.veracruz.cobros;

import java.math.BigDecimal;

/**
 * A charge to issue: which module and record it is for, the revenue concept, the amount, who pays
 * and for how many days a slip stays valid.
 */
public record CobroCommand(
    String module,
    String subject,
    String conceptCode,
    String description,
    BigDecimal amount,
    String payerName,
    String payerRfc,
    Long cuentaId,
    int validDays) {}
