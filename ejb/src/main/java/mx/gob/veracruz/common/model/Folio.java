package mx.gob.veracruz.common.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * The human-readable folio of a citizen-facing case, e.g. {@code SIRC-2026-000123}: a type, the
 * year it was issued and a number unique within type and year. Validated on construction (records
 * are also deserialised through this constructor), so an invalid folio cannot be stored or printed.
 */
public record Folio(String type, int year, long number) implements Serializable {

  /** Error code shared by every folio rule, so the API maps them to one problem type. */
  public static final String ERROR_CODE = "folio-invalido";

  private static final String FIELD = "folio";
  private static final Pattern TYPE = Pattern.compile("[A-Z]{2,8}");
  // At most 18 digits so the number always fits in a long; fewer than 6 is never printed.
  private static final Pattern TEXT = Pattern.compile("([A-Z]{2,8})-([0-9]{4})-([0-9]{6,18})");

  public Folio {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw invalid("El tipo de folio debe tener de 2 a 8 letras mayúsculas sin acentos");
    }
    if (year < 2000 || year > 2999) {
      throw invalid("El año del folio debe estar entre 2000 y 2999 (se recibió " + year + ")");
    }
    if (number < 1) {
      throw invalid("El número de folio debe ser mayor o igual a 1 (se recibió " + number + ")");
    }
  }

  /**
   * Reads a folio as printed on a receipt or typed by a citizen; surrounding blanks and lower case
   * are accepted. Only the canonical digits are: {@code SIRC-2026-123} or {@code SIRC-2026-0000123}
   * are rejected, so one case never has two spellings in links, searches or logs.
   *
   * @throws BusinessRuleException code {@code folio-invalido} with a Spanish message
   */
  public static Folio parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("El folio es obligatorio");
    }
    // Locale.ROOT: a Turkish default locale would upper-case 'i' to a dotted 'İ'.
    String normalised = text.strip().toUpperCase(Locale.ROOT);
    Matcher m = TEXT.matcher(normalised);
    if (!m.matches()) {
      throw invalid(
          "El folio «"
              + text.strip()
              + "» no tiene el formato TIPO-AAAA-NNNNNN"
              + " (por ejemplo, SIRC-2026-000123)");
    }
    Folio folio = new Folio(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    if (!folio.toString().equals(normalised)) {
      throw invalid("El folio «" + text.strip() + "» tiene ceros de más; debe escribirse " + folio);
    }
    return folio;
  }

  /** The printed form: number zero-padded to six digits, more when it outgrows them. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s-%d-%06d", type, year, number);
  }

  private static BusinessRuleException invalid(String message) {
    return new BusinessRuleException(ERROR_CODE, FIELD, message);
  }
}
