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
// ERROR too: a 403 from a security constraint never entered the chain, and its error page needs an
// id.
@WebFilter(
    filterName = "RequestFilter",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      jakarta.servlet.DispatcherType.REQUEST,
      jakarta.servlet.DispatcherType.ERROR,
      jakarta.servlet.DispatcherType.FORWARD
    })
public class RequestFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(RequestFilter.class.getName());
  public static final String CORRELATION_ATTRIBUTE = "correlationId";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id =
        req.getAttribute(CORRELATION_ATTRIBUTE) instanceof String s
            ? s
            : CallContext.newCorrelationId();
    req.setAttribute(CORRELATION_ATTRIBUTE, id);
    res.setHeader("X-Correlation-Id", id);
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
    // Consoles, portal pages and the API all carry personal data: nothing is stored by browsers or
    // proxies, except the static resources (scripts, styles, images), which hold none.
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    CallContext.open(id, ClientAddress.of(req));
    try {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Error no controlado [correlationId=" + id + "] en " + req.getRequestURI(),
          e);
      throw e;
    } finally {
      CallContext.close();
    }
  }
}
