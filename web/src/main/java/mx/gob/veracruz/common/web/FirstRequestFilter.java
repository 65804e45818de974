package mx.gob.veracruz.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Workaround for payara/Payara#4734: on the first request after a form login an EJB
 * {@code @RolesAllowed} check can fail although the web layer sees the role. Redirecting that first
 * authenticated GET once lets the next request carry the complete security context.
 */
@WebFilter(filterName = "FirstRequestFilter", urlPatterns = "/consola/*")
public class FirstRequestFilter extends HttpFilter {
  private static final String SEEN = FirstRequestFilter.class.getName() + ".seen";
  private static final String CHECKED = FirstRequestFilter.class.getName() + ".checked";

  /** How often a signed-in session asks whether its account was locked or disabled meanwhile. */
  private static final long CHECK_EVERY_MS = 30_000;

  @jakarta.inject.Inject private mx.gob.veracruz.common.AuthenticationFacade authentication;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null) {
      HttpSession session = req.getSession();
      Long checked = (Long) session.getAttribute(CHECKED);
      long now = System.currentTimeMillis();
      if (checked == null || now - checked > CHECK_EVERY_MS) {
        if (!authentication.stillAllowed(req.getUserPrincipal().getName())) {
          // Locked (or disabled) since this session signed in: the lock-out ends it.
          session.invalidate();
          res.sendRedirect(req.getContextPath() + "/login.xhtml?cerrada=true");
          return;
        }
        session.setAttribute(CHECKED, now);
      }
    }
    if (req.getUserPrincipal() != null && "GET".equals(req.getMethod())) {
      HttpSession session = req.getSession();
      if (session.getAttribute(SEEN) == null) {
        session.setAttribute(SEEN, Boolean.TRUE);
        String query = req.getQueryString();
        res.sendRedirect(req.getRequestURI() + (query == null ? "" : "?" + query));
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
