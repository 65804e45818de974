package mx.gob.veracruz.tramites.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Search text without accents or case, so «construccion» finds «Construcción». */
final class Normalize {
  private Normalize() {}

  static String searchable(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9ñ ]", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
