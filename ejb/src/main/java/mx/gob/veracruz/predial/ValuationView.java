package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A fiscal year of a predio: valuation, tax and what was credited. */
public record ValuationView(
    int fiscalYear,
    BigDecimal landValue,
    BigDecimal constructionValue,
    BigDecimal valorCatastral,
    BigDecimal annualTax,
    BigDecimal creditedTax,
    BigDecimal creditedSurcharge,
    String explanation,
    Instant assessedAt)
    implements Serializable {}
