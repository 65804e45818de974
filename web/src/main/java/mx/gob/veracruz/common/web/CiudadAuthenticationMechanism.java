package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import mx.gob.veracruz.common.AuthenticationFacade;
import mx.gob.veracruz.common.RateLimiter;
import mx.gob.veracruz.cuenta.ApiAuthenticationFacade;
import mx.gob.veracruz.cuenta.ApiCaller;

/**
 * The application's one authentication mechanism (Jakarta Security 3 admits one per application),
 * which dispatches by what the request carries and where it goes:
 *
 * <ol>
 *   <li>{@code Authorization: Bearer} on {@code /api/…}: a citizen's JWT access token or a staff
 *       API token ({@code vcs_…}), checked on every request (no session is created), then counted
 *       against the token's rate limit (429 + {@code Retry-After}); a bad token is 401 in
 *       problem+json, whatever the path.
 *   <li>{@code POST /j_security_check}: the staff form login, against {@link StaffIdentityStore}
 *       (PBKDF2, lock-out, audit), then back to the console page that asked for it.
 *   <li>A session signed in earlier (staff or citizen, {@link SignedIn}): that caller, re-checked
 *       every 30 seconds (a lock-out, a disabled account or a sign-out-everywhere ends it).
 *   <li>Otherwise anonymous; a protected page sends staff paths to {@code /login.xhtml} and citizen
 *       paths ({@code /mi/}) to {@code /cuenta/entrar.xhtml}, remembering where to return.
 * </ol>
 *
 * Why one dispatcher rather than the built-in form mechanism plus MicroProfile JWT's: each of those
 * is itself the application's mechanism, and two make the deployment ambiguous; the dispatcher
 * keeps the staff form exactly as it was (same URLs, fields and messages) and adds the others.
 */
@ApplicationScoped
public class CiudadAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String RETURN_TO = "ciudad.auth.volver";
  static final long RECHECK_MS = 30_000L;

  @Inject private IdentityStoreHandler identityStores;
  @Inject private ApiAuthenticationFacade api;
  @Inject private AuthenticationFacade staff;
  @Inject private RateLimiter rates;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    try {
      // Pages never take tokens (a token in a browser is not a session): only the API does.
      if (path.startsWith("/api/")
          && authorization != null
          && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return bearer(authorization.substring(7).trim(), path, response, ctx);
      }
      if ("/j_security_check".equals(path) && "POST".equals(request.getMethod())) {
        return staffLogin(request, response, ctx);
      }
      SignedIn who = SignedIn.of(request);
      if (who != null) {
        who = recheck(request, who);
      }
      if (who != null) {
        return ctx.notifyContainerAboutLogin(who.name(), who.groups());
      }
      if (!ctx.isProtected()) {
        return ctx.doNothing();
      }
      if (path.startsWith("/api/")) {
        problem(response, 401, "no-autenticado", "Inicie sesión o envíe un token de acceso", 0);
        return AuthenticationStatus.SEND_FAILURE;
      }
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
      }
      response.sendRedirect(
          request.getContextPath()
              + (path.startsWith("/mi/") ? "/cuenta/entrar.xhtml" : "/login.xhtml"));
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private AuthenticationStatus bearer(
      String token, String path, HttpServletResponse response, HttpMessageContext ctx)
      throws IOException {
    Optional<ApiCaller> caller = api.bearer(token);
    if (caller.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      problem(
          response,
          401,
          "token-invalido",
          "El token de acceso no es válido, venció o fue revocado",
          0);
      return AuthenticationStatus.SEND_FAILURE;
    }
    ApiCaller c = caller.get();
    long wait = rates.hit(c.bucket(), c.ratePerMinute());
    if (wait > 0) {
      response.setHeader("Retry-After", Long.toString(wait));
      problem(
          response,
          429,
          "demasiadas-solicitudes",
          "Este token superó su límite de "
              + c.ratePerMinute()
              + " solicitudes por minuto; reintente en "
              + wait
              + " s",
          wait);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return ctx.notifyContainerAboutLogin(c.name(), c.groups());
  }

  private AuthenticationStatus staffLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx)
      throws IOException {
    String user = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    CredentialValidationResult r =
        user == null || password == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(new UsernamePasswordCredential(user, password));
    if (r.getStatus() != CredentialValidationResult.Status.VALID) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml?error=true");
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession old = request.getSession(false);
    Object back = old == null ? null : old.getAttribute(RETURN_TO);
    SignedIn.start(request, r.getCallerPrincipal().getName(), r.getCallerGroups(), false);
    request.getSession().removeAttribute(RETURN_TO);
    String target =
        back instanceof String s && s.startsWith("/consola/") ? s : "/consola/index.xhtml";
    response.sendRedirect(request.getContextPath() + target);
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** The session's caller if it may go on; null (and the session's sign-in removed) if not. */
  private SignedIn recheck(HttpServletRequest request, SignedIn who) {
    long now = System.currentTimeMillis();
    if (now - who.checkedAt() < RECHECK_MS) {
      return who;
    }
    boolean allowed =
        who.citizen()
            ? api.citizenStillAllowed(who.name(), who.signedInAt())
            : staff.stillAllowed(who.name());
    HttpSession s = request.getSession(false);
    if (!allowed) {
      if (s != null) {
        s.removeAttribute(SignedIn.ATTRIBUTE);
      }
      return null;
    }
    SignedIn next = who.checked(now);
    if (s != null) {
      s.setAttribute(SignedIn.ATTRIBUTE, next);
    }
    return next;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    HttpSession s = request.getSession(false);
    if (s != null) {
      s.removeAttribute(SignedIn.ATTRIBUTE);
    }
  }

  static void problem(
      HttpServletResponse response, int status, String code, String detail, long retryAfter)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String title =
        switch (status) {
          case 401 -> "No autenticado";
          case 429 -> "Demasiadas solicitudes";
          default -> "Error";
        };
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("type", "https://veracruz.gob.mx/problemas/" + code)
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .add("code", code)
            .build()
            .toString();
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
