package mx.gob.veracruz.kpi.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;
import mx.gob.veracruz.common.web.Dependencias;
import mx.gob.veracruz.predial.PredialPortalFacade;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SircPublicFacade;

/**
 * What a dimension's key means to a person (a service's name, a colonia, a channel in Spanish) and
 * how a value reads (es-MX: $1,234.50, 85.3 %, 12.5 h, 1,204): shared by the dashboards, the
 * observatory and their exports. Reference data is read once per request.
 */
@Named
@RequestScoped
public class KpiLabels {
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final ResourceBundle TEXT =
      ResourceBundle.getBundle("mx.gob.veracruz.web.messages", ES_MX);

  @Inject private SircPublicFacade sirc;
  @Inject private GeographyFacade geography;
  @Inject private PredialPortalFacade predial;
  @Inject private Dependencias dependencias;

  private Map<String, String> services;
  private Map<String, String> colonias;
  private Map<String, String> banks;

  public static String text(String key) {
    try {
      return TEXT.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  public String dimension(String dimension) {
    String t = text("kpi.dimension." + dimension);
    return t == null ? dimension : t;
  }

  /** The label of a key of a dimension of an indicator of a module. */
  public String key(String module, String dimension, String key) {
    if (key == null || KpiSink.TOTAL_KEY.equals(key)) {
      return text("kpi.total");
    }
    String found =
        switch (dimension) {
          case "SERVICIO" -> services().get(key);
          case "DEPENDENCIA" -> dependencias.name(key);
          case "COLONIA" -> colonias().get(key);
          case "BANCO" -> banks().get(key);
          case "CANAL" -> text(("predial".equals(module) ? "predial.canal." : "sirc.canal.") + key);
          case "RESULTADO" -> text("predial.conciliacion.resultado." + key);
          case "MODULO" -> text("kpi.modulo." + key);
          default -> null;
        };
    return found == null ? key : found;
  }

  private Map<String, String> services() {
    if (services == null) {
      services = new HashMap<>();
      for (ServiceView s : sirc.services()) {
        services.put(s.code(), s.name());
      }
    }
    return services;
  }

  private Map<String, String> colonias() {
    if (colonias == null) {
      colonias = new HashMap<>();
      for (ColoniaInfo c : geography.colonias()) {
        colonias.put(String.valueOf(c.id()), c.nombre());
      }
    }
    return colonias;
  }

  private Map<String, String> banks() {
    if (banks == null) {
      banks = new HashMap<>();
      for (String b : predial.banks()) {
        String[] p = b.split("\\|", 2);
        banks.put(p[0], p.length > 1 ? p[1] : p[0]);
      }
    }
    return banks;
  }

  /** A value in its unit, es-MX; an em dash when there is none (or it was suppressed). */
  public static String format(BigDecimal value, String unit) {
    if (value == null) {
      return "—";
    }
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.US);
    return switch (unit == null ? "" : unit) {
      case "MXN" -> {
        DecimalFormat f = new DecimalFormat("$#,##0.00", sym);
        f.setNegativePrefix("-$");
        yield f.format(value);
      }
      case "%" -> new DecimalFormat("#,##0.0", sym).format(value) + " %";
      case "horas", "horas hábiles" -> new DecimalFormat("#,##0.0", sym).format(value) + " h";
      default -> new DecimalFormat("#,##0.##", sym).format(value);
    };
  }

  public static String format(BigDecimal value, KpiIndicator i) {
    return format(value, i.unit());
  }

  /** The change from {@code previous} to {@code value} in percent, one decimal; null if no base. */
  public static BigDecimal change(BigDecimal value, BigDecimal previous) {
    if (value == null || previous == null || previous.signum() == 0) {
      return null;
    }
    return value
        .subtract(previous)
        .multiply(BigDecimal.valueOf(100))
        .divide(previous.abs(), 1, RoundingMode.HALF_UP);
  }

  public static String formatChange(BigDecimal change) {
    if (change == null) {
      return "—";
    }
    String s =
        new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.US))
            .format(change.abs());
    return (change.signum() > 0 ? "+" : change.signum() < 0 ? "-" : "") + s + " %";
  }
}
