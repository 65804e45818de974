package mx.gob.veracruz.cuenta.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.AuthenticationResult;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.SignedIn;
import mx.gob.veracruz.cuenta.CitizenAccountFacade;
import mx.gob.veracruz.cuenta.OidcStart;

/**
 * Sign-in with the national identity provider, in three steps:
 *
 * <ol>
 *   <li>{@code /cuenta/llave}: a fresh state, nonce and PKCE verifier go into the session (never in
 *       a URL) and the browser goes to the provider with the S256 challenge;
 *   <li>{@code /cuenta/llave/retorno}: the provider's redirect arrives as a cross-site navigation,
 *       which does not carry the SameSite=Strict session cookie, so this step only bounces the
 *       browser, from a page of this site, to the next one;
 *   <li>{@code /cuenta/llave/fin}: now with the session: the state must be the one this browser
 *       started (no login CSRF), the facade exchanges the code and verifies the ID token, and the
 *       session signs in under a new id.
 * </ol>
 */
@WebServlet(urlPatterns = {"/cuenta/llave", "/cuenta/llave/retorno", "/cuenta/llave/fin"})
public class IdentityProviderServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(IdentityProviderServlet.class.getName());
  static final String PENDING = "ciudad.oidc.pendiente";

  @Inject private CitizenAccountFacade accounts;

  static String redirectUri() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig(
                IdentityProviderServlet.class.getClassLoader())
            .getOptionalValue("ciudad.public-url", String.class)
            .orElse("http://localhost:8080")
            .replaceAll("/$", "")
        + "/cuenta/llave/retorno";
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    switch (req.getServletPath()) {
      case "/cuenta/llave" -> start(req, res);
      case "/cuenta/llave/retorno" -> {
        String query = req.getQueryString();
        sameSiteRedirect(
            res, req.getContextPath() + "/cuenta/llave/fin" + (query == null ? "" : "?" + query));
      }
      default -> finish(req, res);
    }
  }

  private void start(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try {
      OidcStart s = accounts.identityProviderStart(redirectUri());
      req.getSession(true).setAttribute(PENDING, s);
      res.sendRedirect(s.authorizationUrl());
    } catch (BusinessRuleException e) {
      fail(req, res, e.getMessage());
    }
  }

  private void finish(HttpServletRequest req, HttpServletResponse res) throws IOException {
    HttpSession session = req.getSession(false);
    OidcStart s = session == null ? null : (OidcStart) session.getAttribute(PENDING);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
    String state = req.getParameter("state");
    String code = req.getParameter("code");
    if (s == null
        || state == null
        || !MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8), s.state().getBytes(StandardCharsets.UTF_8))) {
      fail(
          req,
          res,
          "La respuesta del proveedor no corresponde a un inicio de sesión de este navegador; intente de nuevo");
      return;
    }
    if (code == null) {
      fail(req, res, "El proveedor no autorizó el inicio de sesión");
      return;
    }
    try {
      AuthenticationResult r =
          accounts.identityProviderComplete(code, redirectUri(), s.verifier(), s.nonce());
      SignedIn.start(req, r.username(), r.roles(), true);
      res.sendRedirect(req.getContextPath() + "/mi/index.xhtml");
    } catch (BusinessRuleException e) {
      fail(req, res, e.getMessage());
    }
  }

  /**
   * A navigation the browser makes from a page of this site (a plain 302 would keep the provider's
   * cross-site origin, and the Strict session cookie would stay home).
   */
  private static void sameSiteRedirect(HttpServletResponse res, String path) throws IOException {
    mx.gob.veracruz.common.web.SameSiteBounce.send(res, path);
  }

  private static void fail(HttpServletRequest req, HttpServletResponse res, String message)
      throws IOException {
    LOG.log(Level.WARNING, "Inicio de sesión con el proveedor de identidad fallido: {0}", message);
    req.getSession(true).setAttribute("ciudad.oidc.error", message);
    res.sendRedirect(req.getContextPath() + "/cuenta/entrar.xhtml?llave=error");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
