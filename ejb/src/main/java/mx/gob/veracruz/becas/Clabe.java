package mx.gob.veracruz.becas;

import mx.gob.veracruz.common.BusinessRuleException;

/**
 * The CLABE (Clave Bancaria Estandarizada): 18 digits, bank (3), plaza (3), account (11) and a
 * check digit: weights 3, 7, 1 repeating over the first 17 digits, check = (10 − sum mod 10) mod 10
 * (DOMAIN.md).
 */
public final class Clabe {
  private Clabe() {}

  /** The digits of a valid CLABE (spaces and dashes dropped); refused on field {@code field}. */
  public static String normalize(String raw, String field) {
    String s = raw == null ? "" : raw.replaceAll("[\\s-]", "");
    if (!s.matches("[0-9]{18}")) {
      throw new BusinessRuleException("clabe-invalida", field, "La CLABE tiene 18 dígitos");
    }
    if (checkDigit(s.substring(0, 17)) != s.charAt(17) - '0') {
      throw new BusinessRuleException(
          "clabe-invalida", field, "La CLABE no es válida: revise sus 18 dígitos");
    }
    return s;
  }

  public static boolean isValid(String raw) {
    try {
      normalize(raw, null);
      return true;
    } catch (BusinessRuleException e) {
      return false;
    }
  }

  /** The check digit of the first 17 digits. */
  public static int checkDigit(String first17) {
    int[] w = {3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ((first17.charAt(i) - '0') * w[i % 3]) % 10;
    }
    return (10 - sum % 10) % 10;
  }

  /** The last four digits only, for screens and lists. */
  public static String masked(String clabe) {
    return clabe == null || clabe.length() < 4 ? "" : "•••• " + clabe.substring(clabe.length() - 4);
  }
}
