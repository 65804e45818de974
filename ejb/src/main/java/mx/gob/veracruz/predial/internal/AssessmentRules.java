package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;

/**
 * One fiscal year's values for one predio's zone and construction type (tables per year in the
 * finance console later): unit values per m², the rate al millar and the minimum tax in UMA.
 */
public record AssessmentRules(
    int fiscalYear,
    BigDecimal landUnitValue,
    BigDecimal constructionUnitValue,
    BigDecimal ratePerThousand,
    BigDecimal minimumUma,
    BigDecimal umaDailyValue) {}
