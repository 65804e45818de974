package mx.gob.veracruz.sandbox;

import java.security.SecureRandom;

/** Random identifiers: {@code ch_…}, {@code evt_…} and six-digit authorization codes. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private Ids() {}

  static String charge() {
    return "ch_" + random(24);
  }

  static String event() {
    return "evt_" + random(24);
  }

  static String authorization() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  private static String random(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
