package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SIRC's server configuration (MicroProfile Config: domain system properties, e.g. {@code asadmin
 * create-system-properties ciudad.sirc.horario=08\:00-15\:00}). A value that does not parse is
 * logged and the default is used: a typo never stops the citizens' reports.
 */
@ApplicationScoped
public class SircSettings {
  private static final Logger LOG = Logger.getLogger(SircSettings.class.getName());

  /** The working day within which business hours are counted. */
  public record WorkingDay(LocalTime opens, LocalTime closes) {
    String label() {
      return String.format(
          "%d:%02d a %d:%02d",
          opens.getHour(), opens.getMinute(), closes.getHour(), closes.getMinute());
    }
  }

  static final WorkingDay DEFAULT_DAY = new WorkingDay(LocalTime.of(9, 0), LocalTime.of(17, 0));
  static final int DEFAULT_REOPEN_DAYS = 15;

  private String get(String key) {
    return ConfigProvider.getConfig(getClass().getClassLoader())
        .getOptionalValue(key, String.class)
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .orElse(null);
  }

  /** {@code ciudad.sirc.horario} [{@code 09:00-17:00}]: the hours of an SLA in business hours. */
  public WorkingDay workingDay() {
    return parseDay(get("ciudad.sirc.horario"));
  }

  /** {@code ciudad.sirc.reabrir-dias} [15]: days after resolution the citizen may reopen. */
  public int reopenDays() {
    String v = get("ciudad.sirc.reabrir-dias");
    if (v == null) {
      return DEFAULT_REOPEN_DAYS;
    }
    try {
      int days = Integer.parseInt(v);
      if (days >= 0 && days <= 365) {
        return days;
      }
    } catch (NumberFormatException e) {
      // below
    }
    LOG.severe(() -> "ciudad.sirc.reabrir-dias no válido («" + v + "»): se usan 15 días");
    return DEFAULT_REOPEN_DAYS;
  }

  static WorkingDay parseDay(String v) {
    if (v == null) {
      return DEFAULT_DAY;
    }
    String[] parts = v.split("-");
    try {
      if (parts.length == 2) {
        LocalTime opens = LocalTime.parse(pad(parts[0].trim()));
        LocalTime closes = LocalTime.parse(pad(parts[1].trim()));
        if (opens.isBefore(closes)) {
          return new WorkingDay(opens, closes);
        }
      }
    } catch (DateTimeParseException e) {
      // below
    }
    LOG.severe(
        () ->
            "ciudad.sirc.horario no válido («"
                + v
                + "», se espera 09:00-17:00): se usa 9:00 a 17:00");
    return DEFAULT_DAY;
  }

  private static String pad(String t) {
    return t.length() == 4 ? "0" + t : t; // 9:00 → 09:00
  }
}
