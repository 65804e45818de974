package mx.gob.veracruz.common.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import mx.gob.veracruz.common.Roles;

/**
 * Form login for the consoles (Jakarta Security). Credentials are checked by {@link
 * StaffIdentityStore} against PBKDF2 hashes in the database.
 */
@ApplicationScoped
@DeclareRoles({
  Roles.ADMIN,
  Roles.SUPERVISOR,
  Roles.CAPTURISTA,
  Roles.FINANZAS,
  Roles.ATENCION,
  Roles.AUDITOR
})
@FormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/login.xhtml",
            errorPage = "/login.xhtml?error=true",
            useForwardToLogin = false))
public class SecurityConfig {}
