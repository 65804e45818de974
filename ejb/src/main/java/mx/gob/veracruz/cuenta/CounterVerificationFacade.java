package mx.gob.veracruz.cuenta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.cuenta.internal.AccountRepository;
import mx.gob.veracruz.cuenta.internal.Accounts;
import mx.gob.veracruz.cuenta.internal.Secrets;
import mx.gob.veracruz.cuenta.model.AccountSecret;
import mx.gob.veracruz.cuenta.model.CitizenAccount;

/**
 * The counter's part of verifying a CURP: a clerk who saw an official ID finds the account by its
 * e-mail, records which ID was seen and hands over a one-time code (valid 72 hours) that the
 * citizen types in their account. The code is shown once; who issued it, for which CURP and after
 * seeing which ID is audited.
 */
@Stateless
@RolesAllowed({Roles.ATENCION, Roles.SUPERVISOR, Roles.ADMIN})
public class CounterVerificationFacade {
  static final long CODE_LIFETIME_MS = Duration.ofHours(72).toMillis();
  static final List<String> IDS = List.of("INE", "PASAPORTE", "CEDULA", "CARTILLA", "LICENCIA");

  @Resource private SessionContext context;
  @Inject private AccountRepository repo;
  @Inject private CityClock clock;

  @Audited(action = "cuenta.ventanilla.buscar", entity = "CitizenAccount", read = true)
  public List<CounterAccountView> find(String emailOrCurp) {
    String q = emailOrCurp == null ? "" : emailOrCurp.trim();
    if (q.length() < 5) {
      throw new BusinessRuleException(
          "busqueda-corta", "q", "Escriba el correo completo o la CURP de la cuenta");
    }
    String normalized =
        q.contains("@") ? Accounts.normalizeEmail(q) : q.toUpperCase(java.util.Locale.ROOT);
    return repo.search(normalized, 20).stream().map(CounterVerificationFacade::view).toList();
  }

  /**
   * Issues the counter code for an account after seeing an ID with this CURP. Earlier unused codes
   * of the account stop working.
   */
  @Audited(action = "cuenta.ventanilla.codigo", entity = "CitizenAccount")
  public CounterCode issueCode(long accountId, String curp, String idDocument, String idNumberEnd) {
    CitizenAccount a =
        repo.account(accountId)
            .orElseThrow(
                () -> new BusinessRuleException("cuenta-no-encontrada", "No existe esa cuenta"));
    if (!Accounts.ACTIVE.equals(a.getStatus())) {
      throw new BusinessRuleException("cuenta-inactiva", "La cuenta aún no confirma su correo");
    }
    String c = Curps.normalize(curp);
    if (idDocument == null || !IDS.contains(idDocument)) {
      throw new BusinessRuleException(
          "identificacion-invalida", "identificacion", "Elija la identificación oficial que vio");
    }
    String end = idNumberEnd == null ? "" : idNumberEnd.trim();
    if (!end.matches("[0-9A-Za-z]{4}")) {
      throw new BusinessRuleException(
          "folio-identificacion",
          "terminacion",
          "Anote los últimos 4 caracteres del folio de la identificación");
    }
    long now = clock.now().toEpochMilli();
    repo.retireSecrets(a.getId(), "VENTANILLA", now);
    String code = Secrets.counterCode();
    AccountSecret s =
        new AccountSecret(
            a.getId(),
            "VENTANILLA",
            Secrets.sha256(Secrets.normalizeCode(code)),
            now,
            now + CODE_LIFETIME_MS,
            context.getCallerPrincipal().getName());
    s.setCurp(c);
    s.setNote(idDocument + " …" + end.toUpperCase(java.util.Locale.ROOT));
    repo.persist(s);
    return new CounterCode(
        code, a.getEmail(), mask(c), Instant.ofEpochMilli(now + CODE_LIFETIME_MS));
  }

  static String mask(String curp) {
    return curp == null ? null : curp.substring(0, 4) + "******" + curp.substring(10, 13) + "*****";
  }

  private static CounterAccountView view(CitizenAccount a) {
    return new CounterAccountView(
        a.getId(),
        a.getEmail(),
        a.getFullName(),
        a.getStatus(),
        mask(a.getCurp()),
        a.getCurpVerifiedBy() != null,
        Instant.ofEpochMilli(a.getCreatedAtMillis()));
  }
}
