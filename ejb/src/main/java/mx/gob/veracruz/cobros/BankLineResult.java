package mx.gob.veracruz.cobros;

/**
 * What a bank line did to a charge, in the reconciliation's outcome codes (APLICADO, DUPLICADO,
 * VENCIDA, PARCIAL, SOBREPAGO, MAL_FORMADA).
 */
public record BankLineResult(String outcome, String detail, String receiptFolio) {}
