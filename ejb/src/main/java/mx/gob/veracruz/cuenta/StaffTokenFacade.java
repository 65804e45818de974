package mx.gob.veracruz.cuenta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.AuthenticationFacade;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.cuenta.internal.AccountRepository;
import mx.gob.veracruz.cuenta.internal.Secrets;
import mx.gob.veracruz.cuenta.model.StaffApiToken;

/**
 * API tokens of staff integrations, issued and revoked by ADMIN in the console. A token acts as a
 * staff user with only the scopes (roles of that user) it was given, until its expiry (at most a
 * year) or its revocation; its secret is shown once and only its SHA-256 is kept.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffTokenFacade {
  /** A token just issued: its one chance to be copied. */
  public record Issued(StaffTokenView token, String secret) implements java.io.Serializable {}

  @Resource private SessionContext context;
  @Inject private AccountRepository repo;
  @Inject private AuthenticationFacade staff;
  @Inject private CityClock clock;

  public List<StaffTokenView> list(int first, int max) {
    return repo.staffTokens(Math.max(0, first), Math.max(1, Math.min(200, max))).stream()
        .map(StaffTokenFacade::view)
        .toList();
  }

  @Audited(action = "api.token.emitir", entity = "StaffApiToken")
  public Issued issue(
      String username, String name, List<String> scopes, LocalDate expires, int ratePerMinute) {
    String user = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    Set<String> held = staff.rolesOf(user);
    List<InvalidInputViolation> errors = new ArrayList<>();
    if (held.isEmpty()) {
      errors.add(
          new InvalidInputViolation(
              "usuario", "usuario-desconocido", "No existe un usuario activo con ese nombre"));
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      errors.add(
          new InvalidInputViolation(
              "nombre", "nombre-invalido", "Describa la integración (hasta 100 caracteres)"));
    }
    List<String> s = scopes == null ? List.of() : scopes.stream().distinct().toList();
    if (s.isEmpty() || !s.stream().allMatch(Roles.ALL::contains)) {
      errors.add(
          new InvalidInputViolation("alcances", "alcances-invalidos", "Elija al menos un alcance"));
    } else if (!held.isEmpty() && !held.containsAll(s)) {
      errors.add(
          new InvalidInputViolation(
              "alcances",
              "alcances-ajenos",
              "El usuario no tiene todos esos roles: un token no da más que su usuario"));
    }
    LocalDate today = clock.today();
    if (expires == null || !expires.isAfter(today) || expires.isAfter(today.plusYears(1))) {
      errors.add(
          new InvalidInputViolation(
              "vence", "vencimiento-invalido", "El token vence entre mañana y dentro de un año"));
    }
    if (ratePerMinute < 1 || ratePerMinute > 6000) {
      errors.add(
          new InvalidInputViolation(
              "limite", "limite-invalido", "El límite es de 1 a 6,000 solicitudes por minuto"));
    }
    if (!errors.isEmpty()) {
      throw new mx.gob.veracruz.common.InvalidInputException(
          errors.stream()
              .map(
                  e ->
                      new mx.gob.veracruz.common.InvalidInputException.Violation(
                          e.field(), e.code(), e.message()))
              .toList());
    }
    String secret = ApiAuthenticationFacade.STAFF_PREFIX + Secrets.token();
    StaffApiToken t = new StaffApiToken();
    t.setUsername(user);
    t.setName(name.trim());
    t.setTokenHash(Secrets.sha256(secret));
    t.setTokenPrefix(secret.substring(0, 12));
    t.setScopes(String.join(",", s));
    t.setRatePerMinute(ratePerMinute);
    t.setCreatedAtMillis(clock.now().toEpochMilli());
    t.setCreatedBy(context.getCallerPrincipal().getName());
    t.setExpiresAtMillis(
        expires.plusDays(1).atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli());
    repo.persist(t);
    repo.flush();
    return new Issued(view(t), secret);
  }

  @Audited(action = "api.token.revocar", entity = "StaffApiToken")
  public StaffTokenView revoke(long id) {
    StaffApiToken t =
        repo.staffToken(id)
            .orElseThrow(
                () -> new BusinessRuleException("token-no-encontrado", "No existe ese token"));
    if (t.getRevokedAtMillis() == null) {
      t.revoke(clock.now().toEpochMilli(), context.getCallerPrincipal().getName());
    }
    return view(t);
  }

  private record InvalidInputViolation(String field, String code, String message) {}

  static StaffTokenView view(StaffApiToken t) {
    return new StaffTokenView(
        t.getId(),
        t.getUsername(),
        t.getName(),
        t.getTokenPrefix() + "…",
        Arrays.asList(t.getScopes().split(",")),
        t.getRatePerMinute(),
        Instant.ofEpochMilli(t.getCreatedAtMillis()),
        t.getCreatedBy(),
        Instant.ofEpochMilli(t.getExpiresAtMillis()),
        t.getRevokedAtMillis() == null ? null : Instant.ofEpochMilli(t.getRevokedAtMillis()),
        t.getRevokedBy(),
        t.getLastUsedAtMillis() == null ? null : Instant.ofEpochMilli(t.getLastUsedAtMillis()));
  }
}
