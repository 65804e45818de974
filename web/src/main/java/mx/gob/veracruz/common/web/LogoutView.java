package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import mx.gob.veracruz.common.AuthenticationFacade;

/** Ends the session (audited) and returns to the login page. */
@Named
@RequestScoped
public class LogoutView {
  @Inject private ExternalContext external;
  @Inject private AuthenticationFacade authentication;

  public void logout() throws IOException, ServletException {
    String user = external.getRemoteUser();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    if (user != null) {
      authentication.loggedOut(user);
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml?salida=true");
  }
}
