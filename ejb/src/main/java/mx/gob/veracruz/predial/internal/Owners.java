package mx.gob.veracruz.predial.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Owner names as stored for search (upper case, no accents) and CURPs as shown (masked). */
public final class Owners {
  private Owners() {}

  public static String searchKey(String s) {
    String n =
        Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9Ñ ]", " ").replaceAll("\\s+", " ").trim();
  }

  /** "HEGG560427MVZRRL04" → "HEGG********RL04": enough to recognise, not to reuse. */
  public static String maskCurp(String curp) {
    if (curp == null || curp.length() != 18) {
      return curp;
    }
    return curp.substring(0, 4) + "*".repeat(10) + curp.substring(14);
  }

  /** "193-001-002-003-000-000" → "193-001-***-***-000-000" for public pages. */
  public static String maskClave(String clave) {
    if (clave == null || clave.length() != 23) {
      return clave;
    }
    return clave.substring(0, 8) + "***-***" + clave.substring(15);
  }
}
