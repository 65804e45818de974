package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * Applies a partial payment to a statement: oldest year first, and within a year recargos before
 * tax (DOMAIN.md default; a rule table may change the order later). Paying more than is due is
 * refused: an overpayment is never absorbed silently.
 */
public final class PaymentAllocator {
  /** The part of a payment that goes to one year. */
  public record Allocation(int fiscalYear, BigDecimal surcharge, BigDecimal tax) {}

  private PaymentAllocator() {}

  public static List<Allocation> allocate(List<StatementLine> lines, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw new BusinessRuleException("importe-invalido", "importe", "El importe debe ser mayor que cero, en centavos");
    }
    BigDecimal total = StatementCalculator.total(lines);
    if (amount.compareTo(total) > 0) {
      throw new BusinessRuleException("importe-excede-adeudo", "importe",
          "El importe " + amount.toPlainString() + " excede el adeudo de " + total.toPlainString());
    }
    List<Allocation> out = new ArrayList<>();
    BigDecimal left = amount;
    for (StatementLine l : lines.stream().sorted((a, b) -> Integer.compare(a.fiscalYear(), b.fiscalYear())).toList()) {
      if (left.signum() == 0) {
        break;
      }
      BigDecimal surchargeDue = l.surcharge().subtract(l.condonation());
      BigDecimal toSurcharge = left.min(surchargeDue);
      left = left.subtract(toSurcharge);
      BigDecimal toTax = left.min(l.due().subtract(surchargeDue));
      left = left.subtract(toTax);
      if (toSurcharge.signum() > 0 || toTax.signum() > 0) {
        out.add(new Allocation(l.fiscalYear(), toSurcharge, toTax));
      }
    }
    return out;
  }
}
