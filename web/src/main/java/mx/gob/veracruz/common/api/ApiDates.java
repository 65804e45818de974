package mx.gob.veracruz.common.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import mx.gob.veracruz.common.BusinessRuleException;

/** Date query parameters of the staff API: ISO dates, a 422 problem naming the field otherwise. */
public final class ApiDates {
  private ApiDates() {}

  /** {@code value} as a date, null when absent or blank. */
  public static LocalDate optional(String value, String field) {
    return value == null || value.isBlank() ? null : required(value, field);
  }

  /** {@code value} as a date; absent or malformed is refused. */
  public static LocalDate required(String value, String field) {
    try {
      return LocalDate.parse(value == null ? "" : value);
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(
          "fecha-invalida", field, "La fecha debe tener el formato aaaa-mm-dd");
    }
  }
}
