package mx.gob.veracruz.cobros;

import java.math.BigDecimal;
import java.time.Instant;

/** A receipt's public verification: whether folio and code match, and what it paid. */
public record ReceiptCheck(
    boolean valid,
    String receiptFolio,
    String concept,
    BigDecimal amount,
    Instant paidAt,
    String payerInitials) {}
