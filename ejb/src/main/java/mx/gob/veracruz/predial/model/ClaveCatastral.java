package mx.gob.veracruz.predial.model;

import java.io.Serializable;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * Cadastral key of a predio: {@code 193-RRR-MMM-LLL-EEE-UUU} (municipality 193, región, manzana,
 * lote, edificio, unidad; digits only). The pattern is the municipality's to confirm (DOMAIN.md:
 * verify), so it lives in one constant.
 */
public record ClaveCatastral(String value) implements Serializable {
  public static final String ERROR_CODE = "clave-catastral-invalida";
  static final Pattern FORMAT = Pattern.compile("^193-\\d{3}-\\d{3}-\\d{3}-\\d{3}-\\d{3}$");

  public ClaveCatastral {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new BusinessRuleException(
          ERROR_CODE,
          "claveCatastral",
          "La clave catastral debe tener la forma 193-RRR-MMM-LLL-EEE-UUU (solo dígitos)");
    }
  }

  /** Accepts the key with or without dashes and spaces, e.g. {@code 193 001 002 003 000 000}. */
  public static ClaveCatastral of(String raw) {
    String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{18}")) {
      return new ClaveCatastral(raw == null ? null : raw.trim());
    }
    return new ClaveCatastral(
        String.join(
            "-",
            digits.substring(0, 3),
            digits.substring(3, 6),
            digits.substring(6, 9),
            digits.substring(9, 12),
            digits.substring(12, 15),
            digits.substring(15)));
  }

  public String region() {
    return value.substring(4, 7);
  }

  public String manzana() {
    return value.substring(8, 11);
  }
}
