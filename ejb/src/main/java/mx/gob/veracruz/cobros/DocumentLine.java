package mx.gob.veracruz.cobros;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One concept line of a receipt, slip or CFDI: a charge (tax, recargos) or, negative, a discount or
 * condonation. The amount is held at scale 2 so every document prints and sums the same cents.
 */
public record DocumentLine(String concept, BigDecimal amount) {

  public DocumentLine {
    if (concept == null || concept.isBlank()) {
      throw new IllegalArgumentException("El concepto es obligatorio");
    }
    Objects.requireNonNull(amount, "amount");
    try {
      amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      // money arrives already rounded to cents (DOMAIN.md); a third decimal is a caller's bug
      throw new IllegalArgumentException("El importe debe tener a lo más dos decimales: " + amount);
    }
  }
}
