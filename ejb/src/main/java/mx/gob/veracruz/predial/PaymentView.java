package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A posted payment and its receipt. */
public record PaymentView(
    Long id,
    String folio,
    Long predioId,
    String claveCatastral,
    String channel,
    String channelDetail,
    BigDecimal amount,
    Instant paidAt,
    LocalDate statementDate,
    String payerName,
    String payerRfc,
    String cashier,
    String status,
    String cancelReason,
    String cfdiUuid,
    String verificationCode,
    List<AllocationView> allocations)
    implements Serializable {}
