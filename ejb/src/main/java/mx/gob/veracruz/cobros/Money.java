package mx.gob.veracruz.cobros;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as Mexican banks and SAT print it: $1,520.00 and -$304.00. */
public final class Money {
  private Money() {}

  public static String format(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    format.setNegativePrefix("-$");
    return format.format(amount);
  }
}
