package mx.gob.veracruz.cuenta.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import mx.gob.veracruz.common.AuthenticationResult;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.SignedIn;
import mx.gob.veracruz.cuenta.CitizenAccountFacade;
import mx.gob.veracruz.cuenta.OidcStart;

/**
 * Sign-in with the national identity provider: {@code /cuenta/llave} sends the browser to the
 * provider with a fresh state, nonce and PKCE challenge (kept in the session, never in a URL);
 * {@code /cuenta/llave/retorno} checks the state, lets the facade exchange the code and verify the
 * ID token, then signs the session in (a new session id) and goes to "mis trámites".
 */
@WebServlet(urlPatterns = {"/cuenta/llave", "/cuenta/llave/retorno"})
public class IdentityProviderServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PENDING = "ciudad.oidc.pendiente";

  @Inject private CitizenAccountFacade accounts;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String redirectUri =
        org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader())
                .getOptionalValue("ciudad.public-url", String.class)
                .orElse("http://localhost:8080")
                .replaceAll("/$", "")
            + "/cuenta/llave/retorno";
    if (req.getServletPath().equals("/cuenta/llave")) {
      try {
        OidcStart s = accounts.identityProviderStart(redirectUri);
        req.getSession(true).setAttribute(PENDING, s);
        res.sendRedirect(s.authorizationUrl());
      } catch (BusinessRuleException e) {
        fail(req, res, e.getMessage());
      }
      return;
    }
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
      fail(
          req,
          res,
          "El proveedor no autorizó el inicio de sesión"
              + (req.getParameter("error") == null ? "" : " (" + req.getParameter("error") + ")"));
      return;
    }
    try {
      AuthenticationResult r =
          accounts.identityProviderComplete(code, redirectUri, s.verifier(), s.nonce());
      SignedIn.start(req, r.username(), r.roles(), true);
      res.sendRedirect(req.getContextPath() + "/mi/index.xhtml");
    } catch (BusinessRuleException e) {
      fail(req, res, e.getMessage());
    }
  }

  private static void fail(HttpServletRequest req, HttpServletResponse res, String message)
      throws IOException {
    req.getSession(true).setAttribute("ciudad.oidc.error", message);
    res.sendRedirect(req.getContextPath() + "/cuenta/entrar.xhtml?llave=error");
  }
}
