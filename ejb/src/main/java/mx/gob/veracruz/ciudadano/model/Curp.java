package mx.gob.veracruz.ciudadano.model;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * A CURP (Clave Única de Registro de Población), validated on construction so that no invalid CURP
 * can exist in memory, in the database or in a serialised session: records are deserialised through
 * their canonical constructor, so the checks below also guard {@code readObject}.
 *
 * <p>The constructor is strict (it expects the canonical upper-case form); {@link #of(String)} is
 * the entry point for user input. Rules come from docs/DOMAIN.md.
 */
public record Curp(String value) implements Serializable {

  /** Error code shared by every CURP rule, so the API maps them to one problem type. */
  public static final String ERROR_CODE = "curp-invalida";

  private static final String FIELD = "curp";
  private static final Pattern FORMAT =
      Pattern.compile("^[A-Z]{4}[0-9]{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$");
  // RENAPO codes of the 32 federal entities, plus NE ("nacido en el extranjero").
  private static final Set<String> STATE_CODES =
      Set.of(
          "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC",
          "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ",
          "YN", "ZS", "NE");
  // RENAPO's alphabet: '&' sits where 'Ñ' would be, which is why it is not simply A-Z.
  private static final String CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";

  public Curp {
    Optional<String> problem = findProblem(value);
    if (problem.isPresent()) {
      throw new BusinessRuleException(ERROR_CODE, FIELD, problem.get());
    }
  }

  /**
   * Builds a CURP from what a person typed: surrounding blanks are removed and letters upper-cased,
   * because forms and spreadsheets routinely deliver both.
   *
   * @throws BusinessRuleException code {@code curp-invalida} with a Spanish message
   */
  public static Curp of(String raw) {
    return new Curp(normalise(raw));
  }

  /**
   * The Spanish message {@link #of(String)} would fail with, or empty when {@code raw} is a valid
   * CURP. Lets JSF validators and API checks report the problem without catching exceptions.
   */
  public static Optional<String> problem(String raw) {
    return findProblem(normalise(raw));
  }

  /**
   * The RENAPO check digit for the first 17 characters of a CURP.
   *
   * @throws IllegalArgumentException when {@code first17} is not 17 characters of the CURP alphabet
   */
  public static int checkDigit(String first17) {
    if (first17 == null || first17.length() != 17) {
      throw new IllegalArgumentException("Se esperaban 17 caracteres: " + first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int index = CHECK_ALPHABET.indexOf(first17.charAt(i));
      if (index < 0) {
        throw new IllegalArgumentException("Carácter fuera del alfabeto de la CURP: " + first17);
      }
      sum += index * (18 - i);
    }
    return (10 - sum % 10) % 10;
  }

  /** Birth date; the century comes from the homonymy character (digit: 1900s, letter: 2000s). */
  public LocalDate birthDate() {
    return parseBirthDate(value).orElseThrow();
  }

  /** Sex as registered: "H" (hombre), "M" (mujer) or "X" (no binario). */
  public String sex() {
    return value.substring(10, 11);
  }

  /** Two-letter RENAPO state of birth, "NE" for people born abroad. */
  public String stateCode() {
    return value.substring(11, 13);
  }

  /**
   * Age in completed years on {@code date} (for age-based discounts). Someone born on 29 February
   * turns a year older on 1 March in common years, as {@link Period} computes it.
   *
   * @throws IllegalArgumentException when {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    LocalDate birth = birthDate();
    if (date.isBefore(birth)) {
      throw new IllegalArgumentException("La fecha " + date + " es anterior al nacimiento");
    }
    return Period.between(birth, date).getYears();
  }

  private static String normalise(String raw) {
    // Locale.ROOT: upper-casing with a Turkish default locale would turn 'i' into a dotted 'İ'.
    return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
  }

  // Checks run from the coarsest to the finest rule, so the message names the first real problem.
  private static Optional<String> findProblem(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of("La CURP es obligatoria");
    }
    if (value.length() != 18) {
      return Optional.of("La CURP debe tener 18 caracteres (tiene " + value.length() + ")");
    }
    if (!FORMAT.matcher(value).matches()) {
      return Optional.of(
          "La CURP no tiene un formato válido: 4 letras, fecha AAMMDD,"
              + " sexo (H, M o X), entidad, 3 consonantes, homonimia y dígito verificador");
    }
    if (!STATE_CODES.contains(value.substring(11, 13))) {
      return Optional.of(
          "La CURP indica una entidad de nacimiento inexistente (" + value.substring(11, 13) + ")");
    }
    if (parseBirthDate(value).isEmpty()) {
      return Optional.of(
          "La CURP indica una fecha de nacimiento imposible (" + rawDate(value) + ")");
    }
    int expected = checkDigit(value.substring(0, 17));
    if (value.charAt(17) - '0' != expected) {
      return Optional.of(
          "El dígito verificador de la CURP no es correcto (debería ser " + expected + ")");
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> parseBirthDate(String value) {
    try {
      return Optional.of(LocalDate.of(birthYear(value), twoDigits(value, 6), twoDigits(value, 8)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int birthYear(String value) {
    int century = Character.isDigit(value.charAt(16)) ? 1900 : 2000;
    return century + twoDigits(value, 4);
  }

  /** The date as written in the CURP, in the dd/MM/yyyy form people read, even when impossible. */
  private static String rawDate(String value) {
    return value.substring(8, 10) + "/" + value.substring(6, 8) + "/" + birthYear(value);
  }

  private static int twoDigits(String value, int start) {
    return Integer.parseInt(value.substring(start, start + 2));
  }
}
