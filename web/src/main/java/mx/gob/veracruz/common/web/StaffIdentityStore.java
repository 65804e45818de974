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
  @Inject private AuthenticationFacade authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    AuthenticationResult r = authentication.authenticate(up.getCaller(), up.getPassword().getValue());
    return r.valid()
        ? new CredentialValidationResult(r.username(), r.roles())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
