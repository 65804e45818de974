package mx.gob.veracruz.sirc.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Open311 GeoReport v2 lives at {@code /open311/v2/} (the address clients are configured with) and
 * is served by the one JAX-RS application at {@code /api/open311/v2/}: a second JAX-RS application
 * in the WAR made Payara's OpenAPI document fail (NullPointerException in OperationImpl.merge). The
 * forward keeps method, query and body.
 */
@WebFilter(filterName = "Open311Forward", urlPatterns = "/open311/*")
public class Open311Forward extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    req.getRequestDispatcher("/api" + path).forward(req, res);
  }
}
