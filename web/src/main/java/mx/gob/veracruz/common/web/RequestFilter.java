package mx.gob.veracruz.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CallContext;

/**
 * First in every request: a correlation id (echoed in {@code X-Correlation-Id}, shown on error
 * pages, written in the log and the audit trail), the client address, and the security headers.
 * Unhandled errors are logged here with the id; the user sees only the id.
 */
@WebFilter(filterName = "RequestFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(RequestFilter.class.getName());
  public static final String CORRELATION_ATTRIBUTE = "correlationId";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id = req.getAttribute(CORRELATION_ATTRIBUTE) instanceof String s ? s : CallContext.newCorrelationId();
    req.setAttribute(CORRELATION_ATTRIBUTE, id);
    res.setHeader("X-Correlation-Id", id);
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
    if (req.getRequestURI().startsWith(req.getContextPath() + "/consola")) {
      res.setHeader("Cache-Control", "no-store");
    }
    CallContext.open(id, req.getRemoteAddr());
    try {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Error no controlado [correlationId=" + id + "] en " + req.getRequestURI(), e);
      throw e;
    } finally {
      CallContext.close();
    }
  }
}
