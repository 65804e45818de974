package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One application in a list. */
public record ApplicationRow(
    String folio,
    String callCode,
    String callName,
    String studentName,
    String levelLabel,
    BigDecimal score,
    Integer rank,
    boolean proposed,
    String status,
    String statusLabel,
    Instant filedAt)
    implements Serializable {}
