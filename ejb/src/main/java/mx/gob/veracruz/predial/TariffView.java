package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A fiscal year's rules as edited in the finance console. */
public record TariffView(
    Long id,
    int fiscalYear,
    BigDecimal ratePerThousand,
    BigDecimal minimumUma,
    BigDecimal umaDailyValue,
    BigDecimal earlyDiscountRate,
    LocalDate earlyDiscountUntil,
    BigDecimal specialDiscountRate,
    BigDecimal maxDiscountRate,
    BigDecimal monthlySurchargeRate,
    LocalDate surchargeFrom,
    int slipValidityDays,
    long version)
    implements Serializable {}
