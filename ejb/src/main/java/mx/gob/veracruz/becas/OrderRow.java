package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;

/** One payment order of a dispersion. */
public record OrderRow(
    String folio,
    String applicationFolio,
    String beneficiary,
    String clabeMasked,
    BigDecimal amount,
    String status,
    String statusLabel,
    String bankReason)
    implements Serializable {}
