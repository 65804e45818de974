package mx.gob.veracruz.ciudadano.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import mx.gob.veracruz.ciudadano.model.Ciudadano;
import mx.gob.veracruz.ciudadano.model.Curp;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import net.datafaker.Faker;

/**
 * Generates realistic citizens (es-MX names from Datafaker, CURPs with valid check digits built
 * from the name and birth date) in transactions of 1,000 rows so memory stays flat at city size.
 * Started by {@code common.internal.DemoData}, which loads the colonias first.
 */
@ApplicationScoped
public class DemoCitizens {
  private static final int CHUNK = 1_000;

  @Inject private CitizenRepository citizens;
  @Inject private GeographyFacade geography;

  @Resource private UserTransaction tx;

  public long count() {
    return citizens.count();
  }

  public void generate(int count, long seed) throws Exception {
    Faker faker = new Faker(new Locale("es", "MX"), new Random(seed));
    Random random = new Random(seed);
    List<ColoniaInfo> colonias = geography.colonias();
    Set<String> used = new HashSet<>();
    for (int done = 0; done < count; ) {
      tx.begin();
      int end = Math.min(count, done + CHUNK);
      for (; done < end; done++) {
        citizens.persistForBulkLoad(citizen(faker, random, colonias, used));
      }
      tx.commit();
      citizens.clear();
    }
  }

  private Ciudadano citizen(
      Faker faker, Random random, List<ColoniaInfo> colonias, Set<String> used) {
    String nombre = faker.name().firstName();
    String ap1 = faker.name().lastName();
    String ap2 = faker.name().lastName();
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 66));
    String sex = random.nextBoolean() ? "H" : "M";
    Ciudadano c = new Ciudadano(Curp.of(uniqueCurp(nombre, ap1, ap2, birth, sex, used)));
    c.rename(nombre, ap1, ap2);
    String user = Ciudadano.searchKey(nombre).toLowerCase().replaceAll("[^a-z]", "");
    c.contact(
        user + (1000 + random.nextInt(9000)) + "@correo.example.mx",
        "229" + (1000000 + random.nextInt(9000000)));
    ColoniaInfo col = colonias.isEmpty() ? null : colonias.get(random.nextInt(colonias.size()));
    c.address(
        faker.address().streetName(),
        String.valueOf(1 + random.nextInt(999)),
        col == null ? null : col.codigoPostal(),
        col == null ? null : col.id());
    return c;
  }

  /** The CURP's 16 letters/digits from the name (simplified RENAPO rules) plus check digit. */
  static String uniqueCurp(
      String nombre, String ap1, String ap2, LocalDate birth, String sex, Set<String> used) {
    String a1 = letters(ap1), a2 = letters(ap2), n = letters(nombre);
    String base =
        ""
            + a1.charAt(0)
            + firstVowel(a1)
            + a2.charAt(0)
            + n.charAt(0)
            + String.format(
                "%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
            + sex
            + "VZ"
            + firstConsonant(a1)
            + firstConsonant(a2)
            + firstConsonant(n);
    String homonymy = birth.getYear() < 2000 ? "0123456789" : "ABCDEFGHIJKLMNPQRSTUVWXYZ";
    for (char h : homonymy.toCharArray()) {
      String first17 = base + h;
      String curp = first17 + Curp.checkDigit(first17);
      if (used.add(curp)) {
        return curp;
      }
    }
    throw new IllegalStateException("Demasiados homónimos");
  }

  private static String letters(String s) {
    String k = Ciudadano.searchKey(s).replaceAll("[^A-Z]", "");
    return k.length() < 2 ? k + "XX" : k;
  }

  private static char firstVowel(String s) {
    for (int i = 1; i < s.length(); i++) if ("AEIOU".indexOf(s.charAt(i)) >= 0) return s.charAt(i);
    return 'X';
  }

  private static char firstConsonant(String s) {
    for (int i = 1; i < s.length(); i++) if ("AEIOU".indexOf(s.charAt(i)) < 0) return s.charAt(i);
    return 'X';
  }
}
