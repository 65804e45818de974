package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * A job's exit status for people: the jobs write stable machine tokens ("CUADRA ACEPTADOS=1
 * APLICADO=5", "INTEGRA:1200") that the API and scripts read; screens and exports show them in
 * Spanish ("Cuadra · Archivos aceptados: 1 · Aplicadas: 5"). Unknown tokens are shown as they are.
 */
@Named
@ApplicationScoped
public class ExitStatus {

  public String describe(String exit) {
    return text(exit);
  }

  public static String text(String exit) {
    if (exit == null
        || exit.isBlank()
        || exit.equals("COMPLETED")
        || exit.equals("FAILED")
        || exit.equals("STOPPED")) {
      return exit == null ? "" : Labels.label("trabajos.estado.", exit);
    }
    int colon = exit.indexOf(':');
    if (colon > 0
        && exit.substring(0, colon).matches("[A-Z_]+")
        && !exit.substring(0, colon).contains("=")) {
      // "INTEGRA:1200", "RECUPERADA: motivo": a word, then free text
      return label(exit.substring(0, colon)) + ": " + exit.substring(colon + 1).trim();
    }
    List<String> parts = new ArrayList<>();
    for (String token : exit.trim().split("\\s+")) {
      int eq = token.indexOf('=');
      parts.add(
          eq > 0 ? label(token.substring(0, eq)) + ": " + token.substring(eq + 1) : label(token));
    }
    return String.join(" · ", parts);
  }

  private static String label(String code) {
    for (String prefix : new String[] {"trabajos.salida.", "predial.conciliacion.resultado."}) {
      try {
        return Messages.text(prefix + code);
      } catch (MissingResourceException e) {
        // next bundle prefix
      }
    }
    return code;
  }
}
