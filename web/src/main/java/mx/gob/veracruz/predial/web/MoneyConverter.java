package mx.gob.veracruz.predial.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Pesos as printed on Mexican receipts ({@code $1,520.00}) whatever the interface language; display
 * only.
 */
@FacesConverter("moneyConverter")
public class MoneyConverter implements Converter<BigDecimal> {
  private static final DecimalFormatSymbols ES_MX =
      DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-MX"));

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("solo lectura");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return format(value);
  }

  static String format(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat f =
        new DecimalFormat("$#,##0.00;-$#,##0.00", ES_MX); // not thread-safe: one per call
    return f.format(value.setScale(2, RoundingMode.HALF_UP));
  }
}
