package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.predial.StatementLine;

/**
 * The estado de cuenta as of a date: per fiscal year owed, tax, the discounts that apply on that
 * date (current year only), recargos per month or fraction of delay on the unpaid tax of past years
 * (less any condonation campaign running that day), payments, and what is due. One engine for
 * console, portal, API and receipts; every line explains itself.
 */
public final class StatementCalculator {
  /** What is owed for one year: its assessed tax and what was already paid towards it. */
  public record YearDebt(
      int fiscalYear, BigDecimal tax, BigDecimal paidTax, BigDecimal paidSurcharge) {}

  private StatementCalculator() {}

  public static List<StatementLine> statement(
      List<YearDebt> debts,
      LocalDate asOf,
      boolean eligibleForSpecial,
      java.util.function.IntFunction<StatementRules> rulesByYear) {
    List<StatementLine> lines = new ArrayList<>();
    for (YearDebt d :
        debts.stream().sorted((a, b) -> Integer.compare(a.fiscalYear(), b.fiscalYear())).toList()) {
      lines.add(line(d, asOf, eligibleForSpecial, rulesByYear.apply(d.fiscalYear())));
    }
    return lines;
  }

  public static BigDecimal total(List<StatementLine> lines) {
    return lines.stream()
        .map(StatementLine::due)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  static StatementLine line(YearDebt d, LocalDate asOf, boolean eligible, StatementRules r) {
    BigDecimal unpaidTax = cents(d.tax().subtract(d.paidTax()).max(BigDecimal.ZERO));
    StringBuilder why =
        new StringBuilder("Impuesto " + d.fiscalYear() + ": " + cents(d.tax()).toPlainString());
    BigDecimal discount = zero();
    BigDecimal surcharge = zero();
    BigDecimal condonation = zero();
    if (asOf.getYear() == d.fiscalYear() && d.paidTax().signum() == 0) {
      BigDecimal rate = BigDecimal.ZERO;
      if (!asOf.isAfter(r.earlyDiscountUntil())) {
        rate = rate.add(r.earlyDiscountRate());
        why.append("; pronto pago ").append(percent(r.earlyDiscountRate()));
      }
      if (eligible) {
        rate = rate.add(r.specialDiscountRate());
        why.append("; descuento especial ").append(percent(r.specialDiscountRate()));
      }
      if (rate.compareTo(r.maxDiscountRate()) > 0) {
        rate = r.maxDiscountRate();
        why.append(" (tope ").append(percent(r.maxDiscountRate())).append(")");
      }
      discount = cents(unpaidTax.multiply(rate));
    }
    long months = monthsOfDelay(r.surchargeFrom(), asOf);
    if (months > 0 && unpaidTax.signum() > 0) {
      BigDecimal gross =
          cents(unpaidTax.multiply(r.monthlySurchargeRate()).multiply(BigDecimal.valueOf(months)));
      surcharge = cents(gross.subtract(d.paidSurcharge()).max(BigDecimal.ZERO));
      why.append("; recargos ")
          .append(months)
          .append(" mes(es) × ")
          .append(percent(r.monthlySurchargeRate()));
      for (StatementRules.Condonation c : r.condonations()) {
        if (c.appliesOn(asOf)) {
          condonation = cents(surcharge.multiply(c.rate()));
          why.append("; ")
              .append(c.name())
              .append(" ")
              .append(percent(c.rate()))
              .append(" de recargos");
          break;
        }
      }
    }
    BigDecimal paid = cents(d.paidTax().add(d.paidSurcharge()));
    if (paid.signum() > 0) {
      why.append("; pagado ").append(paid.toPlainString());
    }
    BigDecimal due = unpaidTax.subtract(discount).add(surcharge).subtract(condonation);
    return new StatementLine(
        d.fiscalYear(),
        cents(d.tax()),
        discount,
        surcharge,
        condonation,
        paid,
        due,
        why.toString());
  }

  /** Months or fraction of a month from {@code from} (inclusive) to {@code asOf}; 0 before it. */
  static long monthsOfDelay(LocalDate from, LocalDate asOf) {
    if (asOf.isBefore(from)) {
      return 0;
    }
    long whole = ChronoUnit.MONTHS.between(from, asOf);
    return whole + 1; // the month (or fraction) running on asOf counts
  }

  private static String percent(BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %";
  }

  private static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
