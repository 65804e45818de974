package mx.gob.veracruz.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error page renders as a fresh GET whatever request failed. A POST refused by the container (a
 * 403 on a form posted by a role the page is not for) was forwarded to error.xhtml with its form
 * fields, so Faces took it for a postback of a view it never had and answered a redirect to a
 * generic error: the refusal lost its 403. Hidden method and parameters, the page shows "sin
 * permiso" with the original status.
 */
@WebFilter(
    filterName = "ErrorPageAsGet",
    urlPatterns = "/error.xhtml",
    dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageAsGet extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        new HttpServletRequestWrapper(req) {
          @Override
          public String getMethod() {
            return "GET";
          }

          @Override
          public String getParameter(String name) {
            return null;
          }

          @Override
          public Map<String, String[]> getParameterMap() {
            return Map.of();
          }

          @Override
          public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
          }

          @Override
          public String[] getParameterValues(String name) {
            return null;
          }
        },
        res);
  }
}
