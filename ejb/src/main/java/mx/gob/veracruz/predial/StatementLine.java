package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One fiscal year of a statement (console, portal, API and receipts all show these): each amount
 * rounded to cents, and why.
 */
public record StatementLine(
    int fiscalYear,
    BigDecimal tax,
    BigDecimal discount,
    BigDecimal surcharge,
    BigDecimal condonation,
    BigDecimal paid,
    BigDecimal due,
    String explanation)
    implements Serializable {}
