package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/** The part of a payment credited to one fiscal year. */
public record AllocationView(
    int fiscalYear,
    BigDecimal surcharge,
    BigDecimal tax,
    BigDecimal discount,
    BigDecimal condonation)
    implements Serializable {}
