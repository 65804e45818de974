package mx.gob.veracruz.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CallContext;

/**
 * A failed full-page POST (an expired or forged ViewState, an unexpected error) answers with a
 * redirect to a GET instead of rendering an error page inside the POST: PrimeFaces' CSP checks the
 * posted nonce against a view that no longer exists, and the error page itself failed with "Missing
 * CSP nonce" (an empty 500). An expired view reloads with a notice; anything else goes to the error
 * page with the incident's correlation id. Ajax requests stay with OmniFaces'
 * FullAjaxExceptionHandler, which this wraps.
 */
public class PostbackErrorRedirect extends ExceptionHandlerFactory {
  private static final Logger LOG = Logger.getLogger(PostbackErrorRedirect.class.getName());

  public PostbackErrorRedirect(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext fc = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      if (fc == null
          || !events.hasNext()
          || fc.getPartialViewContext().isAjaxRequest()
          || !"POST"
              .equals(
                  ((jakarta.servlet.http.HttpServletRequest) fc.getExternalContext().getRequest())
                      .getMethod())) {
        getWrapped().handle();
        return;
      }
      Throwable error = null;
      while (events
          .hasNext()) { // handled here, all of them: nothing renders inside the failed POST
        Throwable t = events.next().getContext().getException();
        error = error == null ? t : error;
        events.remove();
      }
      ExternalContext ec = fc.getExternalContext();
      String target;
      if (rootOf(error) instanceof ViewExpiredException) {
        fc.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN, Messages.text("comun.vistaCaducada"), null));
        ec.getFlash().setKeepMessages(true);
        target = ec.getRequestContextPath() + ec.getRequestServletPath();
      } else if (ec.getRequestMap().get("jakarta.servlet.error.status_code") instanceof Integer code
          && (code == 403 || code == 404)) {
        // The container refused the POST (a role the page is not for): its form fields reached the
        // error page as a postback. The GET keeps the refusal's status (ErrorPage).
        target =
            ec.getRequestContextPath()
                + "/error.xhtml?estado="
                + code
                + "&folio="
                + CallContext.correlationId();
      } else {
        LOG.log(
            Level.SEVERE,
            "Error no controlado [correlationId=" + CallContext.correlationId() + "]",
            error);
        target = ec.getRequestContextPath() + "/error.xhtml?folio=" + CallContext.correlationId();
      }
      try {
        ec.redirect(target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      fc.responseComplete();
    }

    private static Throwable rootOf(Throwable t) {
      Throwable r = t;
      while (r.getCause() != null && !(r instanceof ViewExpiredException)) {
        r = r.getCause();
      }
      return r;
    }
  }
}
