package mx.gob.veracruz.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the rule violations of a form, so that the user sees every wrong field at once. */
public final class Violations {
  private final List<InvalidInputException.Violation> found = new ArrayList<>();

  /** The value, or null (and a recorded violation) when the rule for that field is broken. */
  public <T> T check(Supplier<T> rule) {
    try {
      return rule.get();
    } catch (BusinessRuleException e) {
      found.add(new InvalidInputException.Violation(e.getField(), e.getCode(), e.getMessage()));
      return null;
    }
  }

  /** Records a broken rule of {@code field} found without an exception. */
  public void add(String field, String message) {
    found.add(new InvalidInputException.Violation(field, "dato-invalido", message));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws when anything was found; a single violation keeps its own code. */
  public void throwIfAny() {
    if (found.size() == 1) {
      var v = found.get(0);
      throw new BusinessRuleException(v.code(), v.field(), v.message());
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
