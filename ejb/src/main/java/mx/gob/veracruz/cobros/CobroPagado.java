package mx.gob.veracruz.cobros;

import java.math.BigDecimal;
import java.time.Instant;

/** What the issuing module learns when its charge is paid (in the payment's transaction). */
public record CobroPagado(
    String folio,
    String module,
    String subject,
    String receiptFolio,
    BigDecimal amount,
    Instant paidAt,
    String channel) {}
