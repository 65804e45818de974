package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One payment in the payments list (the finance dashboard's drill-down). */
public record PaymentRow(
    Long id,
    String folio,
    Instant paidAt,
    String channel,
    String bank,
    Long predioId,
    String claveCatastral,
    String payerName,
    BigDecimal amount,
    String status)
    implements Serializable {}
