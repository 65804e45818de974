package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Says how a paid amount differs from its charge, for the finance clerk who reads the line's or the
 * webhook's detail: both amounts as money and the difference, never a bare "null".
 */
final class AmountMismatch {
  private AmountMismatch() {}

  /** {@code paid} is null when the line's amount could not be read. */
  static String describe(BigDecimal paid, BigDecimal charged) {
    if (paid == null) {
      return "Importe ilegible en la línea; el cargo es de " + money(charged);
    }
    BigDecimal difference = paid.subtract(charged);
    String how =
        difference.signum() < 0
            ? money(difference.negate()) + " menos"
            : money(difference) + " de más";
    return "Importe " + money(paid) + " distinto del cargo " + money(charged) + " (" + how + ")";
  }

  /** A currency other than the charge's (MXN): the amounts cannot be compared. */
  static String currency(String received, BigDecimal paid, BigDecimal charged) {
    String shown = received == null || received.isBlank() ? "sin moneda" : "en " + received;
    return "Importe " + plain(paid) + " " + shown + "; el cargo es de " + money(charged) + " MXN";
  }

  static String money(BigDecimal v) {
    return "$" + String.format(Locale.US, "%,.2f", v);
  }

  private static String plain(BigDecimal v) {
    return v == null ? "ilegible" : String.format(Locale.US, "%,.2f", v);
  }
}
