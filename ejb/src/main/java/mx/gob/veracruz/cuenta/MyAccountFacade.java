package mx.gob.veracruz.cuenta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.AuditTrail;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CitizenScope;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.MyDocument;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.MyItemsContributor;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.cuenta.internal.AccountRepository;
import mx.gob.veracruz.cuenta.internal.Accounts;
import mx.gob.veracruz.cuenta.internal.Secrets;
import mx.gob.veracruz.cuenta.model.AccountSecret;
import mx.gob.veracruz.cuenta.model.CitizenAccount;
import mx.gob.veracruz.cuenta.model.PushDevice;

/**
 * A signed-in citizen's own account (portal session or the app's token): the account, the CURP
 * (declared; verified by a counter code here, or by the identity provider), notification
 * preferences, push devices, the notice history and "mis trámites". The account is always the
 * caller's: no method takes an account id.
 */
@Stateless
@RolesAllowed(Roles.CIUDADANO)
public class MyAccountFacade {
  @Resource private SessionContext context;
  @Inject private AccountRepository repo;
  @Inject private Accounts accounts;
  @Inject private AuditTrail audit;
  @Inject private CityClock clock;
  @Inject private Instance<MyItemsContributor> contributors;
  @Inject private mx.gob.veracruz.common.AccessThrottle throttle;

  private CitizenAccount me() {
    return accounts.current(context.getCallerPrincipal().getName());
  }

  public AccountView account() {
    return Accounts.view(me());
  }

  /**
   * Declares the citizen's CURP. It counts (predios, other modules) only once verified; a verified
   * CURP is not changed here.
   */
  @Audited(action = "cuenta.curp.declarar", entity = "CitizenAccount")
  public AccountView declareCurp(String curp) {
    CitizenAccount a = me();
    if (a.getCurpVerifiedBy() != null) {
      throw new BusinessRuleException(
          "curp-ya-verificada",
          "curp",
          "Su CURP ya está verificada; para cambiarla acuda a ventanilla");
    }
    a.setCurp(Curps.normalize(curp));
    return Accounts.view(a);
  }

  /**
   * Verifies the declared CURP with the code a clerk handed over after seeing an ID with that CURP.
   * Five wrong codes in an hour make the account wait (429), so 50 bits are not guessed.
   */
  public AccountView redeemCounterCode(String code) {
    CitizenAccount a = me();
    long now = clock.now().toEpochMilli();
    List<mx.gob.veracruz.common.AccessThrottle.Limit> limit =
        List.of(
            new mx.gob.veracruz.common.AccessThrottle.Limit(
                "ventanilla:" + a.getId(), 5, java.time.Duration.ofHours(1)));
    throttle.check(limit);
    String normalized = Secrets.normalizeCode(code);
    AccountSecret s =
        normalized.length() != 10 ? null : repo.secret(Secrets.sha256(normalized)).orElse(null);
    if (s == null
        || !"VENTANILLA".equals(s.getPurpose())
        || !s.getAccountId().equals(a.getId())
        || !s.usableAt(now)) {
      throttle.recordFailure(limit);
      audit.recordSeparately(
          Accounts.principal(a.getId()),
          "cuenta.curp.verificar",
          "CitizenAccount",
          a.getId().toString(),
          AuditOutcome.REJECTED,
          "código de ventanilla inválido");
      throw new BusinessRuleException(
          "codigo-invalido",
          "codigo",
          "El código no es válido, ya se usó o venció; pida otro en ventanilla");
    }
    s.use(now);
    a.setCurp(s.getCurp());
    a.setCurpVerifiedBy("VENTANILLA");
    a.setCurpVerifiedAtMillis(now);
    audit.record(
        Accounts.principal(a.getId()),
        "cuenta.curp.verificar",
        "CitizenAccount",
        a.getId().toString(),
        AuditOutcome.OK,
        "código de ventanilla de " + s.getCreatedBy());
    return Accounts.view(a);
  }

  @Audited(action = "cuenta.preferencias", entity = "CitizenAccount")
  public AccountView updatePreferences(Preferences p) {
    CitizenAccount a = me();
    String phone = p.phone() == null ? "" : p.phone().replaceAll("[\\s()-]", "");
    if (p.sms() && !phone.matches("\\+?[0-9]{10,13}")) {
      throw new BusinessRuleException(
          "telefono-invalido", "telefono", "Para avisos por SMS escriba un celular de 10 dígitos");
    }
    if (p.push() && repo.devices(a.getId()).isEmpty()) {
      throw new BusinessRuleException(
          "sin-dispositivos",
          "push",
          "Para avisos en la app, entre primero desde la app en su celular");
    }
    a.setNotifyEmail(p.email());
    a.setNotifySms(p.sms());
    a.setNotifyPush(p.push());
    a.setPhone(phone.isEmpty() ? null : phone);
    return Accounts.view(a);
  }

  public List<DeviceView> devices() {
    return repo.devices(me().getId()).stream().map(MyAccountFacade::device).toList();
  }

  /**
   * Registers (or moves to this account) a device's push token; a token belongs to one account at a
   * time.
   */
  @Audited(action = "cuenta.dispositivo.registrar", entity = "PushDevice")
  public DeviceView registerDevice(String platform, String pushToken) {
    CitizenAccount a = me();
    String p = platform == null ? "" : platform.trim().toUpperCase(Locale.ROOT);
    if (!List.of("ANDROID", "IOS", "WEB").contains(p)) {
      throw new BusinessRuleException(
          "plataforma-invalida", "plataforma", "La plataforma es ANDROID, IOS o WEB");
    }
    if (pushToken == null || pushToken.isBlank() || pushToken.length() > 300) {
      throw new BusinessRuleException(
          "token-push-invalido",
          "token",
          "Falta el token de notificaciones del dispositivo (hasta 300 caracteres)");
    }
    long now = clock.now().toEpochMilli();
    PushDevice d = repo.deviceByToken(pushToken.trim()).orElse(null);
    if (d == null) {
      d = new PushDevice(a.getId(), p, pushToken.trim(), now);
      repo.persist(d);
      repo.flush();
    } else {
      d.setAccountId(a.getId());
      d.setPlatform(p);
      d.setRegisteredAtMillis(now);
    }
    if (repo.devices(a.getId()).size() > 10) {
      throw new BusinessRuleException(
          "demasiados-dispositivos", "token", "Una cuenta puede tener a lo más 10 dispositivos");
    }
    return device(d);
  }

  @Audited(action = "cuenta.dispositivo.quitar", entity = "PushDevice")
  public void removeDevice(long id) {
    PushDevice d =
        repo.device(id)
            .filter(x -> x.getAccountId().equals(me().getId()))
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "dispositivo-no-encontrado", "No existe ese dispositivo en su cuenta"));
    repo.remove(d);
  }

  public Page<NoticeView> notices(int first, int max) {
    Long id = me().getId();
    int size = Math.max(1, Math.min(100, max));
    List<NoticeView> rows =
        repo.notices(id, Math.max(0, first), size).stream()
            .map(
                n ->
                    new NoticeView(
                        n.getChannel(),
                        n.getModule(),
                        n.getSubject(),
                        n.getOutcome(),
                        Instant.ofEpochMilli(n.getSentAtMillis())))
            .toList();
    return new Page<>(rows, repo.noticeCount(id));
  }

  /**
   * Everything of the citizen across modules, newest first. A module that fails is left out (and
   * logged by it), the others still answer.
   */
  @Audited(action = "cuenta.mis-tramites", entity = "CitizenAccount", read = true)
  public List<MyItem> items() {
    CitizenScope scope = scope();
    List<MyItem> all = new ArrayList<>();
    contributors.stream()
        .sorted(Comparator.comparingInt(MyItemsContributor::order))
        .forEach(c -> all.addAll(c.itemsOf(scope)));
    return all;
  }

  /** One item of a module by its reference, only among the caller's own. */
  @Audited(action = "cuenta.mi-tramite", entity = "CitizenAccount", read = true)
  public MyItem item(String module, String reference) {
    CitizenScope scope = scope();
    return contributor(module)
        .flatMap(
            c ->
                c.itemsOf(scope).stream()
                    .filter(
                        i ->
                            i.reference()
                                .equalsIgnoreCase(reference == null ? "" : reference.trim()))
                    .findFirst())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "tramite-no-encontrado", "No existe ese trámite en su cuenta"));
  }

  /** A document (a receipt's PDF) of one of the caller's items. */
  @Audited(action = "cuenta.documento", entity = "CitizenAccount", read = true)
  public MyDocument document(String module, String reference) {
    CitizenScope scope = scope();
    return contributor(module)
        .flatMap(c -> c.document(scope, reference == null ? "" : reference.trim()))
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "documento-no-encontrado", "No existe ese documento en su cuenta"));
  }

  /** Signs every device out: refresh tokens revoked, access tokens refused from now on. */
  @Audited(action = "cuenta.salir-todo", entity = "CitizenAccount")
  public void signOutEverywhere() {
    CitizenAccount a = me();
    long now = clock.now().toEpochMilli();
    a.setTokensValidAfterMillis(now);
    repo.revokeRefreshTokensOf(a.getId(), now);
  }

  private CitizenScope scope() {
    CitizenAccount a = me();
    return new CitizenScope(a.getId(), a.getCurpVerifiedBy() == null ? null : a.getCurp());
  }

  private Optional<MyItemsContributor> contributor(String module) {
    return contributors.stream()
        .filter(c -> c.module().equalsIgnoreCase(module == null ? "" : module))
        .findFirst();
  }

  private static DeviceView device(PushDevice d) {
    String t = d.getPushToken();
    return new DeviceView(
        d.getId(),
        d.getPlatform(),
        "…" + t.substring(Math.max(0, t.length() - 6)),
        Instant.ofEpochMilli(d.getRegisteredAtMillis()));
  }
}
