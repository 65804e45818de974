package mx.gob.veracruz.cuenta.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import mx.gob.veracruz.common.AuthenticationResult;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.SignedIn;
import mx.gob.veracruz.cuenta.CitizenAccountFacade;
import mx.gob.veracruz.cuenta.SignUp;

/**
 * The citizen's account pages before signing in ({@code /cuenta/}): create an account, confirm the
 * e-mail, sign in (with the password or the identity provider), ask for and use a reset link.
 */
@Named
@ViewScoped
public class CuentaView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String RETURN_TO = "ciudad.auth.volver";

  @Inject private CitizenAccountFacade accounts;
  @Inject private ExternalContext external;

  private String email;
  private String fullName;
  private String password;
  private String password2;
  private String token;
  private boolean done;
  private boolean verified;
  private String problem;

  public void signUp() {
    if (password != null && !password.equals(password2)) {
      Messages.error(
          new BusinessRuleException(
              "contrasenas-distintas", "password2", Messages.text("cuenta.contrasenasDistintas")),
          "signup-form:");
      return;
    }
    try {
      accounts.signUp(new SignUp(email, fullName, password));
      done = true;
      password = password2 = null;
    } catch (BusinessRuleException e) {
      Messages.error(e, "signup-form:");
    }
  }

  /** {@code f:viewAction} of the verification page: opens the link once. */
  public void verify() {
    if (verified || problem != null) {
      return;
    }
    try {
      accounts.verifyEmail(token);
      verified = true;
    } catch (BusinessRuleException e) {
      problem = e.getMessage();
    }
  }

  public void login() throws IOException {
    try {
      AuthenticationResult r =
          accounts.authenticate(email, password == null ? new char[0] : password.toCharArray());
      password = null;
      if (r.valid()) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object back = request.getSession(true).getAttribute(RETURN_TO);
        SignedIn.start(request, r.username(), r.roles(), true);
        request.getSession().removeAttribute(RETURN_TO);
        String target = back instanceof String s && s.startsWith("/mi/") ? s : "/mi/index.xhtml";
        external.redirect(external.getRequestContextPath() + target);
        return;
      }
      String text;
      if (r.retryAfterSeconds() > 0) {
        text =
            MessageFormat.format(
                Messages.text("login.aviso.espera"),
                Math.max(1, (r.retryAfterSeconds() + 59) / 60));
      } else if (r.locked() && r.lockedUntil() != null) {
        text =
            MessageFormat.format(
                Messages.text("login.aviso.bloqueada"),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(CityClock.ZONE)
                    .format(r.lockedUntil()));
      } else {
        text = Messages.text("cuenta.entrar.error");
      }
      Messages.error(
          new BusinessRuleException("credenciales-invalidas", null, text), "login-form:");
    } catch (BusinessRuleException e) {
      Messages.error(e, "login-form:");
    }
  }

  public void requestReset() {
    try {
      accounts.requestReset(email);
      done = true;
    } catch (BusinessRuleException e) {
      Messages.error(e, "reset-form:");
    }
  }

  public void reset() {
    if (password != null && !password.equals(password2)) {
      Messages.error(
          new BusinessRuleException(
              "contrasenas-distintas", "password2", Messages.text("cuenta.contrasenasDistintas")),
          "newpass-form:");
      return;
    }
    try {
      accounts.resetPassword(token, password);
      done = true;
      password = password2 = null;
    } catch (BusinessRuleException e) {
      Messages.error(e, "newpass-form:");
    }
  }

  public boolean isIdentityProvider() {
    return accounts.identityProviderAvailable();
  }

  public String getIdentityProviderName() {
    return accounts.identityProviderName();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPassword2() {
    return password2;
  }

  public void setPassword2(String password2) {
    this.password2 = password2;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return done;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getProblem() {
    return problem;
  }
}
