package mx.gob.veracruz.cobros;

/**
 * A bank's check-digit algorithm for payment references. Each bank gives its own under contract; to
 * add one, implement this interface and register it in {@link CheckDigitAlgorithms}.
 */
public interface CheckDigitAlgorithm {
  /** Stable id used in the bank's configuration, e.g. {@code BBVA-00}. */
  String id();

  /** The check digit(s) to append to {@code base}. */
  String checkDigits(String base);

  /** True when {@code reference} ends with the right check digit(s) for the rest of it. */
  default boolean isValid(String reference) {
    int n = checkDigits("0").length();
    if (reference == null || reference.length() <= n) {
      return false;
    }
    String base = reference.substring(0, reference.length() - n);
    try {
      return checkDigits(base).equals(reference.substring(reference.length() - n));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
