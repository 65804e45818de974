package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A settlement file as registered by the reconciliation: accepted (VALIDADO) or why not. */
public record FileRegistration(
    Long id,
    String fileName,
    String bank,
    LocalDate businessDate,
    int sequence,
    String layout,
    String status,
    long declaredCount,
    BigDecimal declaredTotal,
    String rejectReason)
    implements Serializable {}
