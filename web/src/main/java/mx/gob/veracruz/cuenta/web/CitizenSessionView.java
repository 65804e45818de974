package mx.gob.veracruz.cuenta.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.cuenta.CitizenAccountFacade;

/** The portal header's account links and the citizen's sign-out (audited). */
@Named
@RequestScoped
public class CitizenSessionView {
  @Inject private ExternalContext external;
  @Inject private CitizenAccountFacade accounts;

  public boolean isCitizen() {
    return external.isUserInRole(Roles.CIUDADANO);
  }

  private String oidcError;
  private boolean oidcErrorRead;

  /** Why the last sign-in with the identity provider failed, read once per session. */
  public String getOidcError() {
    if (!oidcErrorRead) {
      oidcErrorRead = true;
      Object e = external.getSessionMap().remove("ciudad.oidc.error");
      oidcError = e == null ? null : e.toString();
    }
    return oidcError;
  }

  public void logout() throws IOException, ServletException {
    String user = external.getRemoteUser();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    if (user != null) {
      accounts.signedOut(user);
    }
    external.redirect(external.getRequestContextPath() + "/cuenta/entrar.xhtml?salida=true");
  }
}
