package mx.gob.veracruz.common;

import jakarta.ejb.ApplicationException;

/** Too many failed attempts in a window: answered 429 with {@code Retry-After} on the API. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends BusinessRuleException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public TooManyAttemptsException(long retryAfterSeconds) {
    super(
        "demasiados-intentos",
        "Demasiados intentos fallidos. Por su seguridad, espere "
            + minutes(retryAfterSeconds)
            + " y vuelva a intentar");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long getRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static String minutes(long seconds) {
    long m = Math.max(1, (seconds + 59) / 60);
    return m == 1 ? "1 minuto" : m + " minutos";
  }
}
