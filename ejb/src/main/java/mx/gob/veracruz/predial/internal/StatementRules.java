package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fiscal year's discount and surcharge rules (configurable by law each year; demo defaults from
 * DOMAIN.md: 20 % early payment until the end of February, 50 % for eligible owners, at most 50 %
 * in all, recargos 1.47 % per month or fraction from 1 January of the following year).
 */
public record StatementRules(
    int fiscalYear,
    BigDecimal earlyDiscountRate,
    LocalDate earlyDiscountUntil,
    BigDecimal specialDiscountRate,
    BigDecimal maxDiscountRate,
    BigDecimal monthlySurchargeRate,
    LocalDate surchargeFrom,
    List<Condonation> condonations) {

  /** A campaign: a percentage off recargos for payments made between two dates (inclusive). */
  public record Condonation(String name, BigDecimal rate, LocalDate from, LocalDate to) {
    boolean appliesOn(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** DOMAIN.md demo defaults for a year. */
  public static StatementRules demo(int year) {
    return new StatementRules(
        year,
        new BigDecimal("0.20"),
        LocalDate.of(year, 2, 1).plusMonths(1).minusDays(1),
        new BigDecimal("0.50"),
        new BigDecimal("0.50"),
        new BigDecimal("0.0147"),
        LocalDate.of(year + 1, 1, 1),
        List.of());
  }
}
