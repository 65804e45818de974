package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.StatementLine;

/**
 * Applies a partial payment to a statement: oldest year first, and within a year recargos before
 * tax (DOMAIN.md default; a rule table may change the order later). Paying more than is due is
 * refused: an overpayment is never absorbed silently.
 */
public final class PaymentAllocator {
  /**
   * The part of a payment that goes to one year. A discount or condonation is granted (credited)
   * only when the part it reduces is paid in full: a partial payment earns neither.
   */
  public record Allocation(
      int fiscalYear,
      BigDecimal surcharge,
      BigDecimal tax,
      BigDecimal discount,
      BigDecimal condonation) {
    public Allocation(int fiscalYear, BigDecimal surcharge, BigDecimal tax) {
      this(fiscalYear, surcharge, tax, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    /** What the year's account is credited with: tax paid plus discount granted. */
    public BigDecimal taxCredit() {
      return tax.add(discount);
    }

    public BigDecimal surchargeCredit() {
      return surcharge.add(condonation);
    }
  }

  private PaymentAllocator() {}

  public static List<Allocation> allocate(List<StatementLine> lines, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw new BusinessRuleException(
          "importe-invalido", "importe", "El importe debe ser mayor que cero, en centavos");
    }
    BigDecimal total = StatementCalculator.total(lines);
    if (amount.compareTo(total) > 0) {
      throw new BusinessRuleException(
          "importe-excede-adeudo",
          "importe",
          "El importe " + amount.toPlainString() + " excede el adeudo de " + total.toPlainString());
    }
    List<Allocation> out = new ArrayList<>();
    BigDecimal left = amount;
    for (StatementLine l :
        lines.stream().sorted((a, b) -> Integer.compare(a.fiscalYear(), b.fiscalYear())).toList()) {
      if (left.signum() == 0) {
        break;
      }
      BigDecimal surchargeDue = l.surcharge().subtract(l.condonation());
      BigDecimal toSurcharge = left.min(surchargeDue);
      left = left.subtract(toSurcharge);
      BigDecimal taxDue = l.due().subtract(surchargeDue);
      BigDecimal toTax = left.min(taxDue);
      left = left.subtract(toTax);
      if (toSurcharge.signum() > 0 || toTax.signum() > 0) {
        BigDecimal condonation =
            toSurcharge.compareTo(surchargeDue) == 0 ? l.condonation() : zero();
        BigDecimal discount = toTax.compareTo(taxDue) == 0 ? l.discount() : zero();
        out.add(new Allocation(l.fiscalYear(), toSurcharge, toTax, discount, condonation));
      }
    }
    return out;
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
