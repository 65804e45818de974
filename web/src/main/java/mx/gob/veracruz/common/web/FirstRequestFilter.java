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

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
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
