package mx.gob.veracruz.common;

import java.io.Serializable;
import java.util.Set;

/** Outcome of a staff login attempt. */
public record AuthenticationResult(boolean valid, String username, String fullName,
    Set<String> roles, boolean locked) implements Serializable {
  public static AuthenticationResult invalid(boolean locked) {
    return new AuthenticationResult(false, null, null, Set.of(), locked);
  }
}
