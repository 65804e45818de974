package mx.gob.veracruz.cobros;

/**
 * Base-10 Luhn check digit (BBVA "algoritmo 00"): from the right, double every other digit starting
 * with the rightmost one, add the digits, and take what completes a multiple of ten. DOMAIN.md's
 * worked example: {@code 18000359700002387} → {@code 1}.
 */
public final class Luhn10 implements CheckDigitAlgorithm {
  @Override
  public String id() {
    return "BBVA-00";
  }

  @Override
  public String checkDigits(String base) {
    if (base == null || !base.matches("\\d+")) {
      throw new IllegalArgumentException("La referencia debe tener solo dígitos");
    }
    int sum = 0;
    for (int i = 0; i < base.length(); i++) {
      int d = base.charAt(base.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return String.valueOf((10 - sum % 10) % 10);
  }
}
