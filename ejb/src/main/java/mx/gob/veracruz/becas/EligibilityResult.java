package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules applied to one application: each check with its explanation in Spanish, whether all
 * passed, and the score by the call's weighted criteria (0–100; meaningful only when eligible).
 */
public record EligibilityResult(boolean eligible, List<Check> checks, BigDecimal score)
    implements Serializable {
  /** One rule: which field of the form it judges, whether it passed and why. */
  public record Check(String field, String rule, boolean passed, String explanation)
      implements Serializable {}

  /** One line per check, "✔"/"✘", as stored with the application and shown to her. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Check c : checks) {
      b.append(c.passed() ? "✔ " : "✘ ")
          .append(c.rule())
          .append(": ")
          .append(c.explanation())
          .append('\n');
    }
    return b.toString().trim();
  }
}
