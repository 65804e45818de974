package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import mx.gob.veracruz.common.AuthenticationFacade;
import mx.gob.veracruz.common.AuthenticationResult;

/** Staff credentials: delegates to the facade, which hashes, locks out and audits. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {
  /**
   * Session attribute read once by the login page: why the last attempt failed, when it may say.
   */
  public static final String NOTICE = "ciudad.login.aviso";

  @Inject private AuthenticationFacade authentication;
  @Inject private jakarta.servlet.http.HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    AuthenticationResult r =
        authentication.authenticate(up.getCaller(), up.getPassword().getValue());
    if (r.locked() && r.lockedUntil() != null) {
      request
          .getSession()
          .setAttribute(
              NOTICE,
              "bloqueada:"
                  + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                      .withZone(java.time.ZoneId.of("America/Mexico_City"))
                      .format(r.lockedUntil()));
    } else if (r.retryAfterSeconds() > 0) {
      request
          .getSession()
          .setAttribute(NOTICE, "espera:" + Math.max(1, (r.retryAfterSeconds() + 59) / 60));
    }
    return r.valid()
        ? new CredentialValidationResult(r.username(), r.roles())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
