package mx.gob.veracruz.common.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import mx.gob.veracruz.common.Roles;

/**
 * The roles of the application. Authentication is {@link CiudadAuthenticationMechanism} (staff form
 * login, citizen sessions, bearer tokens on the API); credentials of staff are checked by {@link
 * StaffIdentityStore} against PBKDF2 hashes in the database, those of citizens by the accounts
 * facade.
 */
@ApplicationScoped
@DeclareRoles({
  Roles.ADMIN,
  Roles.SUPERVISOR,
  Roles.CAPTURISTA,
  Roles.FINANZAS,
  Roles.ATENCION,
  Roles.AUDITOR,
  Roles.PAVG_ESPECIALISTA,
  Roles.PAVG_SUPERVISOR,
  Roles.CIUDADANO
})
public class SecurityConfig {}
