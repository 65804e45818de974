package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;

/** A predio's valuation and annual tax for a fiscal year, each line rounded, with its reason. */
public record Assessment(
    int fiscalYear,
    BigDecimal landValue,
    BigDecimal constructionValue,
    BigDecimal valorCatastral,
    BigDecimal computedTax,
    BigDecimal minimumTax,
    BigDecimal annualTax,
    String explanation) {}
