package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A disbursement run and where its orders stand. */
public record DispersionView(
    String folio,
    String callCode,
    String callName,
    int period,
    String status,
    String statusLabel,
    int orders,
    BigDecimal total,
    long paid,
    long rejected,
    long waiting,
    String fileName,
    String fileSha256,
    Instant createdAt,
    String createdBy)
    implements Serializable {}
