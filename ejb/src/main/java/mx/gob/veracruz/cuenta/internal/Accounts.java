package mx.gob.veracruz.cuenta.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.cuenta.AccountView;
import mx.gob.veracruz.cuenta.TokenPair;
import mx.gob.veracruz.cuenta.model.CitizenAccount;
import mx.gob.veracruz.cuenta.model.RefreshToken;

/** What the account facades share: e-mail rules, the principal's name, views and token pairs. */
@ApplicationScoped
public class Accounts {
  public static final String PREFIX = "cuenta:";
  public static final String ACTIVE = "ACTIVA";
  public static final String PENDING = "PENDIENTE";

  @Inject private AccountRepository repo;
  @Inject private AccessTokens accessTokens;
  @Inject private AccountSettings settings;

  public static String principal(long id) {
    return PREFIX + id;
  }

  /** The account id of a principal name {@code cuenta:<id>}, or null. */
  public static Long idOf(String principal) {
    if (principal == null || !principal.matches("cuenta:[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(principal.substring(PREFIX.length()));
  }

  public static String normalizeEmail(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean plausibleEmail(String email) {
    return email.length() <= 200
        && email.matches("[a-z0-9._%+'-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
  }

  public CitizenAccount current(String principal) {
    return repo.account(idOf(principal))
        .orElseThrow(
            () -> new BusinessRuleException("cuenta-no-encontrada", "No existe la cuenta"));
  }

  public static AccountView view(CitizenAccount a) {
    return new AccountView(
        a.getId(),
        a.getEmail(),
        a.getFullName(),
        a.getStatus(),
        a.getCurp(),
        a.getCurpVerifiedBy(),
        a.getCurpVerifiedAtMillis() == null
            ? null
            : Instant.ofEpochMilli(a.getCurpVerifiedAtMillis()),
        a.isNotifyEmail(),
        a.isNotifySms(),
        a.isNotifyPush(),
        a.getPhone(),
        Instant.ofEpochMilli(a.getCreatedAtMillis()));
  }

  /** A new token pair: the access token and the first (or next) refresh token of a family. */
  public TokenPair tokens(CitizenAccount a, String family, String client, long now) {
    AccessTokens.Issued access = accessTokens.issue(a.getId(), a.getCurpVerifiedBy() != null, now);
    String refresh = "vcr_" + Secrets.token();
    long refreshExpires = now + settings.refreshDays() * 86_400_000L;
    repo.persist(
        new RefreshToken(
            a.getId(),
            family == null ? java.util.UUID.randomUUID().toString() : family,
            Secrets.sha256(refresh),
            now,
            refreshExpires,
            client == null ? null : client.substring(0, Math.min(100, client.length()))));
    return new TokenPair(
        access.token(),
        "Bearer",
        (access.expiresAtMillis() - now) / 1000,
        refresh,
        (refreshExpires - now) / 1000);
  }
}
