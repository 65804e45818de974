package mx.gob.veracruz.common;

import java.io.Serializable;
import java.util.List;

/** Several fields are wrong at once: the API lists them all, the console marks each field. */
public class InvalidInputException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;
  private final List<Violation> violations;

  /** One invalid field. */
  public record Violation(String field, String code, String message) implements Serializable {}

  public InvalidInputException(List<Violation> violations) {
    super(
        "datos-invalidos",
        null,
        violations.size() == 1
            ? violations.get(0).message()
            : "Hay " + violations.size() + " datos por corregir");
    this.violations = List.copyOf(violations);
  }

  public List<Violation> getViolations() {
    return violations;
  }
}
