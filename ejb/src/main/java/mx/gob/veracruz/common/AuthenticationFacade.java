package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mx.gob.veracruz.common.internal.AuditWriter;
import mx.gob.veracruz.common.internal.Mailer;
import mx.gob.veracruz.common.internal.PasswordHasher;
import mx.gob.veracruz.common.model.AppUser;

/**
 * Checks staff credentials against the PBKDF2 hashes, with lock-out after repeated failures; every
 * login, failure, lock-out and logout goes to the audit trail.
 */
@Stateless
@PermitAll
public class AuthenticationFacade {
  static final int MAX_ATTEMPTS = 5;
  static final Duration LOCK_FOR = Duration.ofMinutes(15);

  @Inject private mx.gob.veracruz.common.internal.StaffRepository accounts;

  @Inject private PasswordHasher hasher;
  @Inject private AuditWriter audit;
  @Inject private Mailer mailer;

  /**
   * Failed logins one client address may make per window before it waits (anyone can lock accounts
   * by name).
   */
  static final int MAX_FAILURES_PER_ADDRESS = 20;

  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

  @Inject private AccessThrottle throttle;

  public AuthenticationResult authenticate(String username, char[] password) {
    // Usernames are at most 64 characters; a longer one cannot exist (and must not break the
    // audit).
    String user = username == null ? "" : username.trim().toLowerCase();
    if (user.length() > 64) {
      user = user.substring(0, 64);
    }
    List<AccessThrottle.Limit> address =
        List.of(
            new AccessThrottle.Limit(
                "login-ip:" + CallContext.clientAddress(),
                MAX_FAILURES_PER_ADDRESS,
                ADDRESS_WINDOW));
    long wait = throttle.retryAfter(address);
    if (wait > 0) {
      // The address is waiting: no account is looked up, so no account gets closer to its lock-out.
      audit.append(
          user.isEmpty() ? "?" : user,
          "login",
          "AppUser",
          null,
          AuditOutcome.REJECTED,
          "demasiados intentos desde la dirección");
      return AuthenticationResult.throttled(wait);
    }
    AuthenticationResult r = check(user, password);
    if (!r.valid()) {
      throttle.recordFailure(address);
    }
    return r;
  }

  /** Whether a signed-in account may go on: a lock-out ends its open sessions too. */
  public boolean stillAllowed(String username) {
    AppUser u = accounts.byUsername(username).orElse(null);
    return u != null && u.isEnabled() && !u.isLockedAt(Instant.now());
  }

  /**
   * The roles of an enabled, unlocked staff account (empty otherwise): what an API token of that
   * user may still use.
   */
  public Set<String> rolesOf(String username) {
    AppUser u = accounts.byUsername(username).orElse(null);
    return u != null && u.isEnabled() && !u.isLockedAt(Instant.now())
        ? Set.copyOf(u.getRoles())
        : Set.of();
  }

  private AuthenticationResult check(String user, char[] password) {
    AppUser u = accounts.byUsernameForLogin(user).orElse(null);
    Instant now = Instant.now();
    if (u == null || !u.isEnabled()) {
      hasher.hash(password); // same cost as a real check: no user enumeration by timing
      audit.append(
          user.isEmpty() ? "?" : user,
          "login",
          "AppUser",
          null,
          AuditOutcome.FAILED,
          "usuario desconocido o inactivo");
      return AuthenticationResult.invalid(false);
    }
    if (u.isLockedAt(now)) {
      // Same cost as a real check; only the right password learns that the account is locked, so an
      // anonymous caller cannot tell a locked account from a wrong password or an unknown name.
      boolean owner = hasher.verify(password, u.getPasswordHash());
      audit.append(
          user,
          "login",
          "AppUser",
          u.getId().toString(),
          AuditOutcome.REJECTED,
          "cuenta bloqueada");
      return owner
          ? AuthenticationResult.lockedUntil(u.getLockedUntil())
          : AuthenticationResult.invalid(false);
    }
    if (!hasher.verify(password, u.getPasswordHash())) {
      boolean locked = u.registerFailure(now, MAX_ATTEMPTS, LOCK_FOR);
      audit.append(
          user,
          locked ? "login.bloqueo" : "login",
          "AppUser",
          u.getId().toString(),
          AuditOutcome.FAILED,
          "contraseña incorrecta");
      if (locked && u.getEmail() != null) {
        mailer.send(
            u.getEmail(),
            "Cuenta bloqueada temporalmente - Ciudad Digital",
            "Su cuenta "
                + user
                + " se bloqueó "
                + LOCK_FOR.toMinutes()
                + " minutos tras "
                + MAX_ATTEMPTS
                + " intentos fallidos. Si no fue usted, avise a la Dirección de Gobierno Digital.");
      }
      return AuthenticationResult.invalid(
          false); // the lock is told only to whoever knows the password
    }
    u.registerSuccess(now);
    audit.append(user, "login", "AppUser", u.getId().toString(), AuditOutcome.OK, null);
    return new AuthenticationResult(
        true, u.getUsername(), u.getFullName(), Set.copyOf(u.getRoles()), false);
  }

  public void loggedOut(String username) {
    audit.append(username, "logout", "AppUser", null, AuditOutcome.OK, null);
  }
}
