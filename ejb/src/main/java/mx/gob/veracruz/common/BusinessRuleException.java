package mx.gob.veracruz.common;

import jakarta.ejb.ApplicationException;

/**
 * A broken business rule: carries a stable {@code code} (used as the problem type on the API) and a
 * Spanish message for the user. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String field;

  public BusinessRuleException(String code, String message) {
    this(code, null, message);
  }

  public BusinessRuleException(String code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  /** Stable, kebab-case error code, e.g. {@code curp-invalida}. */
  public String getCode() {
    return code;
  }

  /** The input field at fault, or null when the rule concerns the whole request. */
  public String getField() {
    return field;
  }
}
