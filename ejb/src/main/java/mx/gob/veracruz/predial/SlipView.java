package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import mx.gob.veracruz.predial.model.ReferenciaStatus;

/** A bank-referenced payment slip (formato de pago). */
public record SlipView(
    String reference,
    String bank,
    String bankName,
    String algorithm,
    String claveCatastral,
    BigDecimal amount,
    LocalDate statementDate,
    LocalDate validUntil,
    Instant issuedAt,
    ReferenciaStatus status,
    String paymentFolio)
    implements Serializable {}
