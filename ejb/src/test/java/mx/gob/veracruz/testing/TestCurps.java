package mx.gob.veracruz.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import mx.gob.veracruz.ciudadano.model.Curp;

/** Valid, unique CURPs for tests (letters TEST never come out of the demo generator). */
public final class TestCurps {
  private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 10_000_000);

  private TestCurps() {}

  public static String next() {
    long n = SEQ.incrementAndGet();
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 18_000);
    String consonants = "BCDFGHJKLMNPQRSTVWXYZ";
    String first17 =
        "TEST"
            + String.format(
                "%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
            + "H"
            + "VZ"
            + consonants.charAt((int) (n / 18_000 % 21))
            + consonants.charAt((int) (n / 378_000 % 21))
            + consonants.charAt((int) (n / 7_938_000 % 21))
            + (char) ('0' + n % 10);
    return first17 + Curp.checkDigit(first17);
  }
}
