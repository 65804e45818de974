package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.time.Instant;

/**
 * A citizen's own account as they see it. {@code curpVerifiedBy}: LLAVE or VENTANILLA, null while
 * the CURP (if declared) is not verified.
 */
public record AccountView(
    long id,
    String email,
    String fullName,
    String status,
    String curp,
    String curpVerifiedBy,
    Instant curpVerifiedAt,
    boolean notifyEmail,
    boolean notifySms,
    boolean notifyPush,
    String phone,
    Instant createdAt)
    implements Serializable {
  public boolean curpVerified() {
    return curpVerifiedBy != null;
  }
}
