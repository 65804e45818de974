package mx.gob.veracruz.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who the HTTP session belongs to, kept by {@link CiudadAuthenticationMechanism} in one session
 * attribute: a staff user (form login at {@code /consola/}) or a citizen account (the portal's
 * login at {@code /cuenta/entrar.xhtml} or the identity provider). Serializable: sessions may be
 * replicated on a cluster.
 */
public record SignedIn(
    String name, Set<String> groups, boolean citizen, long signedInAt, long checkedAt)
    implements Serializable {
  static final String ATTRIBUTE = "ciudad.auth";

  /**
   * Starts the session of a user who just proved who they are: a new session id (no fixation), then
   * the record.
   */
  public static void start(
      HttpServletRequest request, String name, Set<String> groups, boolean citizen) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      request.changeSessionId();
    }
    long now = System.currentTimeMillis();
    request
        .getSession(true)
        .setAttribute(ATTRIBUTE, new SignedIn(name, Set.copyOf(groups), citizen, now, now));
  }

  static SignedIn of(HttpServletRequest request) {
    HttpSession s = request.getSession(false);
    return s == null ? null : s.getAttribute(ATTRIBUTE) instanceof SignedIn x ? x : null;
  }

  SignedIn checked(long now) {
    return new SignedIn(name, groups, citizen, signedInAt, now);
  }
}
