package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Named;

/**
 * The error page's status: the container's (an error dispatch) or, after the redirect that answers
 * a refused POST (see {@link PostbackErrorRedirect}), the one named in {@code estado} (403 or 404
 * only), so that the GET the browser follows still says "forbidden" or "not found".
 */
@Named
@RequestScoped
public class ErrorPage {
  /**
   * The current request's context, looked up on each use: the injectable ExternalContext is cached
   * for the whole HTTP request, and an error page rendered after a Faces request called sendError
   * (a detail page's 404) would get the first, already released one.
   */
  private static ExternalContext external() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
  }

  public int getStatus() {
    Object dispatched = external().getRequestMap().get("jakarta.servlet.error.status_code");
    if (dispatched instanceof Integer code) {
      return code;
    }
    String asked = external().getRequestParameterMap().get("estado");
    return "403".equals(asked) ? 403 : "404".equals(asked) ? 404 : 500;
  }

  /** View action: a redirected refusal answers with its status, not 200. */
  public void applyStatus() {
    if (external().getRequestMap().get("jakarta.servlet.error.status_code") == null) {
      int code = getStatus();
      if (code != 500) {
        external().setResponseStatus(code);
      }
    }
  }
}
