package mx.gob.veracruz.common;

import java.io.Serializable;
import java.util.Set;

/** Outcome of a staff login attempt. */
public record AuthenticationResult(
    boolean valid,
    String username,
    String fullName,
    Set<String> roles,
    boolean locked,
    java.time.Instant lockedUntil,
    long retryAfterSeconds)
    implements Serializable {
  public AuthenticationResult(
      boolean valid, String username, String fullName, Set<String> roles, boolean locked) {
    this(valid, username, fullName, roles, locked, null, 0);
  }

  public static AuthenticationResult invalid(boolean locked) {
    return new AuthenticationResult(false, null, null, Set.of(), locked);
  }

  /** The right password for a locked account: the owner is told until when. */
  public static AuthenticationResult lockedUntil(java.time.Instant until) {
    return new AuthenticationResult(false, null, null, Set.of(), true, until, 0);
  }

  /** The caller's address used up its failed attempts: it waits this long. */
  public static AuthenticationResult throttled(long retryAfterSeconds) {
    return new AuthenticationResult(false, null, null, Set.of(), false, null, retryAfterSeconds);
  }
}
