package mx.gob.veracruz.cobros;

/**
 * ISO 7064 MOD 97-10: two check digits {@code 98 - (base × 100 mod 97)}, computed digit by digit so
 * references of any length work. Classic example: {@code 794} → {@code 44}.
 */
public final class Iso7064Mod97 implements CheckDigitAlgorithm {
  @Override
  public String id() {
    return "ISO7064-97-10";
  }

  @Override
  public String checkDigits(String base) {
    if (base == null || !base.matches("\\d+")) {
      throw new IllegalArgumentException("La referencia debe tener solo dígitos");
    }
    int remainder = 0;
    for (char c : (base + "00").toCharArray()) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    }
    return String.format("%02d", 98 - remainder);
  }
}
