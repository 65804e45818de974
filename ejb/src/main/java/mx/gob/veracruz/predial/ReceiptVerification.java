package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The public answer for a receipt QR: validity without personal data. */
public record ReceiptVerification(
    String folio,
    boolean valid,
    String status,
    BigDecimal amount,
    Instant paidAt,
    String claveMasked,
    String channel)
    implements Serializable {}
