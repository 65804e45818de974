package mx.gob.veracruz.cuenta;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.common.AccessThrottle;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.AuditTrail;
import mx.gob.veracruz.common.AuthenticationResult;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CallContext;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.NotificationFacade;
import mx.gob.veracruz.common.Passwords;
import mx.gob.veracruz.common.RateLimiter;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.TooManyAttemptsException;
import mx.gob.veracruz.cuenta.internal.AccessTokens;
import mx.gob.veracruz.cuenta.internal.AccountRepository;
import mx.gob.veracruz.cuenta.internal.AccountSettings;
import mx.gob.veracruz.cuenta.internal.Accounts;
import mx.gob.veracruz.cuenta.internal.OidcClient;
import mx.gob.veracruz.cuenta.internal.Secrets;
import mx.gob.veracruz.cuenta.model.AccountSecret;
import mx.gob.veracruz.cuenta.model.CitizenAccount;
import mx.gob.veracruz.cuenta.model.RefreshToken;

/**
 * What anyone may ask before being signed in: create an account (verified by a link sent to the
 * e-mail), sign in (lock-out with back-off, address throttle), reset the password, get and renew
 * the app's tokens, sign in with the identity provider. Every event is audited under the e-mail or
 * the account; answers never tell whether an e-mail has an account.
 */
@Stateless
@PermitAll
public class CitizenAccountFacade {
  static final int MAX_ATTEMPTS = 5;
  static final long VERIFY_LINK_MS = Duration.ofHours(24).toMillis();
  static final long RESET_LINK_MS = Duration.ofMinutes(30).toMillis();
  static final int FAILURES_PER_ADDRESS = 20;
  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

  @Inject private AccountRepository repo;
  @Inject private Accounts accounts;
  @Inject private Passwords passwords;
  @Inject private AuditTrail audit;
  @Inject private NotificationFacade mail;
  @Inject private AccountSettings settings;
  @Inject private AccessThrottle throttle;
  @Inject private RateLimiter rates;
  @Inject private AccessTokens accessTokens;
  @Inject private OidcClient oidc;
  @Inject private CityClock clock;

  /**
   * Creates the account (pending until the link in the mail is opened). When the e-mail already has
   * an account, that address is told instead and the answer is the same.
   */
  public void signUp(SignUp s) {
    limitAddress("alta");
    String email = Accounts.normalizeEmail(s.email());
    String name = s.fullName() == null ? "" : s.fullName().trim().replaceAll("\\s+", " ");
    java.util.List<mx.gob.veracruz.common.InvalidInputException.Violation> errors =
        new java.util.ArrayList<>();
    if (!Accounts.plausibleEmail(email)) {
      errors.add(
          new mx.gob.veracruz.common.InvalidInputException.Violation(
              "email", "correo-invalido", "Escriba un correo válido, p. ej. nombre@dominio.mx"));
    }
    if (name.length() < 3 || name.length() > 200) {
      errors.add(
          new mx.gob.veracruz.common.InvalidInputException.Violation(
              "nombre", "nombre-invalido", "Escriba su nombre completo"));
    }
    passwords
        .weakness(s.password(), email)
        .ifPresent(
            w ->
                errors.add(
                    new mx.gob.veracruz.common.InvalidInputException.Violation(
                        "password", "contrasena-debil", w)));
    if (!errors.isEmpty()) {
      throw new mx.gob.veracruz.common.InvalidInputException(errors);
    }
    long now = clock.now().toEpochMilli();
    CitizenAccount existing = repo.byEmail(email).orElse(null);
    if (existing != null) {
      audit.record(
          email,
          "cuenta.alta",
          "CitizenAccount",
          existing.getId().toString(),
          AuditOutcome.REJECTED,
          "el correo ya tiene cuenta");
      mail.send(
          email,
          "Ya tiene una cuenta en Ciudad Digital",
          "Alguien (quizá usted) intentó crear una cuenta con este correo, que ya tiene una.\n"
              + "Si olvidó su contraseña, restablézcala en "
              + settings.publicUrl()
              + "/cuenta/recuperar.xhtml\nSi no fue usted, no haga nada.");
      return;
    }
    CitizenAccount a = new CitizenAccount();
    a.setEmail(email);
    a.setFullName(name);
    a.setPasswordHash(passwords.hash(s.password().toCharArray()));
    a.setStatus(Accounts.PENDING);
    a.setCreatedAtMillis(now);
    repo.persist(a);
    repo.flush();
    String secret = newSecret(a, "VERIFICAR", VERIFY_LINK_MS, email, now);
    audit.record(
        email, "cuenta.alta", "CitizenAccount", a.getId().toString(), AuditOutcome.OK, null);
    mail.send(
        email,
        "Confirme su correo - Ciudad Digital",
        "Hola, "
            + name
            + ".\n\nPara activar su cuenta abra este enlace (vale 24 horas y una sola vez):\n"
            + settings.publicUrl()
            + "/cuenta/verificar.xhtml?t="
            + secret
            + "\n\nSi usted no creó la cuenta, ignore este mensaje.");
  }

  /** Opens a verification link: the account becomes active. */
  public AccountView verifyEmail(String secret) {
    long now = clock.now().toEpochMilli();
    AccountSecret s = usable(secret, "VERIFICAR", now);
    CitizenAccount a = repo.accountForUpdate(s.getAccountId()).orElseThrow();
    s.use(now);
    if (Accounts.PENDING.equals(a.getStatus())) {
      a.setStatus(Accounts.ACTIVE);
    }
    audit.record(
        Accounts.principal(a.getId()),
        "cuenta.verificar-correo",
        "CitizenAccount",
        a.getId().toString(),
        AuditOutcome.OK,
        null);
    return Accounts.view(a);
  }

  /** A portal login: the principal {@code cuenta:<id>} with the role CIUDADANO, or why not. */
  public AuthenticationResult authenticate(String email, char[] password) {
    String e = Accounts.normalizeEmail(email);
    if (e.length() > 200) {
      e = e.substring(0, 200);
    }
    List<AccessThrottle.Limit> address =
        List.of(
            new AccessThrottle.Limit(
                "cuenta-ip:" + CallContext.clientAddress(), FAILURES_PER_ADDRESS, ADDRESS_WINDOW));
    long wait = throttle.retryAfter(address);
    if (wait > 0) {
      audit.record(
          e.isEmpty() ? "?" : e,
          "cuenta.entrar",
          "CitizenAccount",
          null,
          AuditOutcome.REJECTED,
          "demasiados intentos desde la dirección");
      return AuthenticationResult.throttled(wait);
    }
    AuthenticationResult r = check(e, password);
    if (!r.valid()) {
      throttle.recordFailure(address);
    }
    return r;
  }

  private AuthenticationResult check(String email, char[] password) {
    long now = clock.now().toEpochMilli();
    CitizenAccount a = repo.byEmail(email).orElse(null);
    if (a == null || a.getPasswordHash() == null || "BAJA".equals(a.getStatus())) {
      passwords.hash(password); // the same cost as a real check: no enumeration by timing
      audit.record(
          email.isEmpty() ? "?" : email,
          "cuenta.entrar",
          "CitizenAccount",
          null,
          AuditOutcome.FAILED,
          "cuenta desconocida");
      return AuthenticationResult.invalid(false);
    }
    String id = a.getId().toString();
    if (a.isLockedAt(now)) {
      boolean owner = passwords.verify(password, a.getPasswordHash());
      audit.record(
          email, "cuenta.entrar", "CitizenAccount", id, AuditOutcome.REJECTED, "cuenta bloqueada");
      return owner
          ? AuthenticationResult.lockedUntil(Instant.ofEpochMilli(a.getLockedUntilMillis()))
          : AuthenticationResult.invalid(false);
    }
    if (!passwords.verify(password, a.getPasswordHash())) {
      boolean locked = a.registerFailure(now, MAX_ATTEMPTS);
      audit.record(
          email,
          locked ? "cuenta.bloqueo" : "cuenta.entrar",
          "CitizenAccount",
          id,
          AuditOutcome.FAILED,
          "contraseña incorrecta");
      if (locked) {
        a.setTokensValidAfterMillis(now);
        repo.revokeRefreshTokensOf(a.getId(), now);
        mail.send(
            email,
            "Cuenta bloqueada temporalmente - Ciudad Digital",
            "Su cuenta se bloqueó hasta las "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(CityClock.ZONE)
                    .format(Instant.ofEpochMilli(a.getLockedUntilMillis()))
                + " tras "
                + MAX_ATTEMPTS
                + " intentos fallidos; cada bloqueo seguido dura el doble. Si no fue usted,"
                + " restablezca su contraseña en "
                + settings.publicUrl()
                + "/cuenta/recuperar.xhtml");
      }
      return AuthenticationResult.invalid(false);
    }
    if (Accounts.PENDING.equals(a.getStatus())) {
      audit.record(
          email,
          "cuenta.entrar",
          "CitizenAccount",
          id,
          AuditOutcome.REJECTED,
          "correo sin confirmar");
      throw new BusinessRuleException(
          "correo-sin-confirmar",
          "email",
          "Confirme primero su correo con el enlace que le enviamos (revise también el correo no deseado)");
    }
    a.registerSuccess(now);
    audit.record(
        Accounts.principal(a.getId()),
        "cuenta.entrar",
        "CitizenAccount",
        id,
        AuditOutcome.OK,
        null);
    return new AuthenticationResult(
        true, Accounts.principal(a.getId()), a.getFullName(), Set.of(Roles.CIUDADANO), false);
  }

  /** Mails a reset link when the e-mail has an account; the answer is the same either way. */
  public void requestReset(String email) {
    limitAddress("recuperar");
    String e = Accounts.normalizeEmail(email);
    CitizenAccount a = repo.byEmail(e).orElse(null);
    if (a == null || "BAJA".equals(a.getStatus())) {
      audit.record(
          e.isEmpty() ? "?" : e,
          "cuenta.recuperar",
          "CitizenAccount",
          null,
          AuditOutcome.REJECTED,
          "cuenta desconocida");
      return;
    }
    long now = clock.now().toEpochMilli();
    String secret = newSecret(a, "RESTABLECER", RESET_LINK_MS, e, now);
    audit.record(
        e, "cuenta.recuperar", "CitizenAccount", a.getId().toString(), AuditOutcome.OK, null);
    mail.send(
        e,
        "Restablecer su contraseña - Ciudad Digital",
        "Para elegir una contraseña nueva abra este enlace (vale 30 minutos y una sola vez):\n"
            + settings.publicUrl()
            + "/cuenta/restablecer.xhtml?t="
            + secret
            + "\n\nSi usted no lo pidió, ignore este mensaje: su contraseña no cambia.");
  }

  /**
   * Sets a new password from a reset link: ends the lock-out, confirms the e-mail (the link came to
   * it) and signs every device out.
   */
  public void resetPassword(String secret, String password) {
    long now = clock.now().toEpochMilli();
    AccountSecret s = usable(secret, "RESTABLECER", now);
    CitizenAccount a = repo.accountForUpdate(s.getAccountId()).orElseThrow();
    passwords
        .weakness(password, a.getEmail())
        .ifPresent(
            w -> {
              throw new BusinessRuleException("contrasena-debil", "password", w);
            });
    s.use(now);
    a.setPasswordHash(passwords.hash(password.toCharArray()));
    a.registerSuccess(now);
    if (Accounts.PENDING.equals(a.getStatus())) {
      a.setStatus(Accounts.ACTIVE);
    }
    a.setTokensValidAfterMillis(now);
    repo.revokeRefreshTokensOf(a.getId(), now);
    audit.record(
        Accounts.principal(a.getId()),
        "cuenta.restablecer",
        "CitizenAccount",
        a.getId().toString(),
        AuditOutcome.OK,
        null);
    mail.send(
        a.getEmail(),
        "Su contraseña cambió - Ciudad Digital",
        "La contraseña de su cuenta cambió y se cerraron sus sesiones en la app. Si no fue usted, avise a la Dirección de Gobierno Digital.");
  }

  /** The app's sign-in (OAuth 2.0 resource-owner password grant of the city's own app). */
  public TokenPair passwordGrant(String email, String password, String client) {
    limitAddress("token");
    AuthenticationResult r =
        authenticate(email, password == null ? new char[0] : password.toCharArray());
    if (r.retryAfterSeconds() > 0) {
      throw new TooManyAttemptsException(r.retryAfterSeconds());
    }
    if (!r.valid()) {
      throw new InvalidCredentials(r.locked());
    }
    CitizenAccount a = accounts.current(r.username());
    TokenPair t = accounts.tokens(a, null, client, clock.now().toEpochMilli());
    audit.record(
        r.username(),
        "cuenta.token.emitir",
        "CitizenAccount",
        a.getId().toString(),
        AuditOutcome.OK,
        client);
    return t;
  }

  /**
   * Replaces a refresh token by a new pair. A token used before (replayed: stolen, or copied)
   * revokes its whole family, and the account's access tokens with it.
   */
  public TokenPair refresh(String refreshToken, String client) {
    limitAddress("token");
    long now = clock.now().toEpochMilli();
    RefreshToken t = refreshTokenOf(refreshToken);
    if (t == null) {
      throw invalidToken();
    }
    CitizenAccount a = repo.accountForUpdate(t.getAccountId()).orElseThrow();
    if (t.getUsedAtMillis() != null && t.getRevokedAtMillis() == null) {
      repo.revokeFamily(t.getFamily(), now);
      a.setTokensValidAfterMillis(now);
      audit.recordSeparately(
          Accounts.principal(a.getId()),
          "cuenta.token.reuso",
          "CitizenAccount",
          a.getId().toString(),
          AuditOutcome.REJECTED,
          "token de renovación usado dos veces: familia revocada");
      // The revocation must survive the refusal: it is committed before the exception.
      throw new RevokedFamily();
    }
    if (t.getUsedAtMillis() != null
        || t.getRevokedAtMillis() != null
        || t.getExpiresAtMillis() <= now
        || !Accounts.ACTIVE.equals(a.getStatus())
        || a.isLockedAt(now)) {
      throw invalidToken();
    }
    t.use(now);
    TokenPair pair =
        accounts.tokens(a, t.getFamily(), client == null ? t.getClient() : client, now);
    audit.record(
        Accounts.principal(a.getId()),
        "cuenta.token.renovar",
        "CitizenAccount",
        a.getId().toString(),
        AuditOutcome.OK,
        null);
    return pair;
  }

  /** Wrong e-mail or password: not rolled back, so the failure counts toward the lock-out. */
  @jakarta.ejb.ApplicationException(rollback = false)
  public static class InvalidCredentials extends BusinessRuleException {
    private static final long serialVersionUID = 1L;

    InvalidCredentials(boolean locked) {
      super(
          "credenciales-invalidas",
          locked
              ? "La cuenta está bloqueada temporalmente por intentos fallidos"
              : "Correo o contraseña incorrectos");
    }
  }

  /** Thrown after a replayed refresh token revoked its family (not rolled back). */
  @jakarta.ejb.ApplicationException(rollback = false)
  public static class RevokedFamily extends BusinessRuleException {
    private static final long serialVersionUID = 1L;

    RevokedFamily() {
      super(
          "token-invalido",
          "El token de renovación ya se usó: por seguridad se cerraron las sesiones de la app; entre de nuevo");
    }
  }

  /** The app's logout: its refresh token's family is revoked, and the account's access tokens. */
  public void revoke(String refreshToken) {
    long now = clock.now().toEpochMilli();
    RefreshToken t = refreshTokenOf(refreshToken);
    if (t == null) {
      return; // RFC 7009: an unknown token is not an error
    }
    repo.revokeFamily(t.getFamily(), now);
    repo.accountForUpdate(t.getAccountId()).ifPresent(a -> a.setTokensValidAfterMillis(now));
    audit.record(
        Accounts.principal(t.getAccountId()),
        "cuenta.token.revocar",
        "CitizenAccount",
        t.getAccountId().toString(),
        AuditOutcome.OK,
        null);
  }

  /** The portal's sign-out, audited under the account. */
  public void signedOut(String principal) {
    Long id = Accounts.idOf(principal);
    if (id != null) {
      audit.record(
          principal, "cuenta.salir", "CitizenAccount", id.toString(), AuditOutcome.OK, null);
    }
  }

  /** The public keys that verify the access tokens (JWKS). */
  public Map<String, Object> jwks() {
    return accessTokens.jwks();
  }

  public boolean identityProviderAvailable() {
    return oidc.configured();
  }

  public String identityProviderName() {
    return oidc.providerName();
  }

  public OidcStart identityProviderStart(String redirectUri) {
    OidcClient.Start s = oidc.start(redirectUri);
    return new OidcStart(s.authorizationUrl(), s.state(), s.nonce(), s.verifier());
  }

  /**
   * Completes a sign-in with the identity provider: the account of that subject, or the account of
   * the same e-mail (linked now), or a new one; the provider's CURP becomes the verified CURP.
   */
  public AuthenticationResult identityProviderComplete(
      String code, String redirectUri, String verifier, String nonce) {
    OidcClient.Identity id = oidc.complete(code, redirectUri, verifier, nonce);
    long now = clock.now().toEpochMilli();
    String curp = null;
    try {
      curp = id.curp() == null ? null : Curps.normalize(id.curp());
    } catch (BusinessRuleException e) {
      // A CURP the provider sent that is not valid here is not taken: the account stays unverified.
    }
    CitizenAccount a = repo.byOidcSubject(id.subject()).orElse(null);
    boolean created = false;
    if (a == null && id.email() != null) {
      a = repo.byEmail(Accounts.normalizeEmail(id.email())).orElse(null);
    }
    if (a == null) {
      a = new CitizenAccount();
      a.setEmail(
          id.email() == null
              ? "llave-" + id.subject() + "@sin-correo.invalid"
              : Accounts.normalizeEmail(id.email()));
      a.setFullName(id.name() == null ? "Ciudadano" : id.name());
      a.setStatus(Accounts.ACTIVE);
      a.setCreatedAtMillis(now);
      repo.persist(a);
      created = true;
    }
    a.setOidcSubject(id.subject());
    if (Accounts.PENDING.equals(a.getStatus())) {
      a.setStatus(Accounts.ACTIVE); // the provider verified the e-mail
    }
    if (curp != null) {
      a.setCurp(curp);
      a.setCurpVerifiedBy("LLAVE");
      a.setCurpVerifiedAtMillis(now);
    }
    a.registerSuccess(now);
    repo.flush();
    audit.record(
        Accounts.principal(a.getId()),
        created ? "cuenta.alta.llave" : "cuenta.entrar.llave",
        "CitizenAccount",
        a.getId().toString(),
        AuditOutcome.OK,
        curp == null ? "sin CURP del proveedor" : "CURP verificada por el proveedor");
    return new AuthenticationResult(
        true, Accounts.principal(a.getId()), a.getFullName(), Set.of(Roles.CIUDADANO), false);
  }

  private AccountSecret usable(String secret, String purpose, long now) {
    AccountSecret s =
        secret == null || secret.length() > 100
            ? null
            : repo.secret(Secrets.sha256(secret.trim())).orElse(null);
    if (s == null || !purpose.equals(s.getPurpose()) || !s.usableAt(now)) {
      throw new BusinessRuleException(
          "enlace-invalido", "El enlace no es válido, ya se usó o venció; pida uno nuevo");
    }
    return s;
  }

  private String newSecret(
      CitizenAccount a, String purpose, long lifetime, String actor, long now) {
    repo.retireSecrets(a.getId(), purpose, now);
    String secret = Secrets.token();
    repo.persist(
        new AccountSecret(a.getId(), purpose, Secrets.sha256(secret), now, now + lifetime, actor));
    return secret;
  }

  private void limitAddress(String what) {
    long wait =
        rates.hit(
            "publico-" + what + ":" + CallContext.clientAddress(), settings.publicRatePerMinute());
    if (wait > 0) {
      throw new TooManyAttemptsException(wait);
    }
  }

  /** The stored refresh token a presented one hashes to (locked), or null. */
  private RefreshToken refreshTokenOf(String presented) {
    return presented == null || presented.length() > 200
        ? null
        : repo.refreshToken(Secrets.sha256(presented.trim())).orElse(null);
  }

  private static BusinessRuleException invalidToken() {
    return new BusinessRuleException(
        "token-invalido",
        "El token de renovación no es válido, ya se usó o venció; entre de nuevo");
  }
}
