package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;

/** One fiscal year of a statement: each amount rounded to cents, and why. */
public record StatementLine(int fiscalYear, BigDecimal tax, BigDecimal discount,
    BigDecimal surcharge, BigDecimal condonation, BigDecimal paid, BigDecimal due, String explanation) {}
