package mx.gob.veracruz.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading a job's string parameters into types, each error naming its parameter (for Violations).
 */
public final class JobParameters {
  private JobParameters() {}

  /** Refuses parameters the job does not declare (a typo must not be silently ignored). */
  public static void onlyKnown(Map<String, String> p, Set<String> known) {
    Set<String> unknown = new TreeSet<>(p.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new BusinessRuleException(
          "parametro-desconocido",
          unknown.iterator().next(),
          "Parámetro desconocido para este trabajo: "
              + String.join(", ", unknown)
              + " (admitidos: "
              + String.join(", ", new TreeSet<>(known))
              + ")");
    }
  }

  public static LocalDate date(Map<String, String> p, String name, LocalDate fallback) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      if (fallback == null) {
        throw new BusinessRuleException(
            "parametro-obligatorio", name, "Falta el parámetro " + name + " (AAAA-MM-DD)");
      }
      return fallback;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(
          "parametro-invalido", name, name + " debe ser una fecha AAAA-MM-DD");
    }
  }

  public static int integer(Map<String, String> p, String name, int fallback, int min, int max) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BusinessRuleException(
          "parametro-invalido", name, name + " debe ser un entero entre " + min + " y " + max);
    }
  }
}
