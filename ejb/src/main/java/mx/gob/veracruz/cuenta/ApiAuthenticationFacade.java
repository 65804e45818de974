package mx.gob.veracruz.cuenta;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.veracruz.common.AuthenticationFacade;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.cuenta.internal.AccessTokens;
import mx.gob.veracruz.cuenta.internal.AccountRepository;
import mx.gob.veracruz.cuenta.internal.AccountSettings;
import mx.gob.veracruz.cuenta.internal.Accounts;
import mx.gob.veracruz.cuenta.internal.Secrets;
import mx.gob.veracruz.cuenta.model.CitizenAccount;
import mx.gob.veracruz.cuenta.model.StaffApiToken;

/**
 * Who a bearer token speaks for, for the web's authentication mechanism: a citizen's JWT access
 * token (signature, issuer, audience, expiry; the account active, not locked, and the token issued
 * after its last sign-out-everywhere) or a staff API token ({@code vcs_…}: not revoked, not
 * expired, its user still enabled and still holding each scope).
 */
@Stateless
@PermitAll
public class ApiAuthenticationFacade {
  public static final String STAFF_PREFIX = "vcs_";

  @Inject private AccessTokens accessTokens;
  @Inject private AccountRepository repo;
  @Inject private AccountSettings settings;
  @Inject private AuthenticationFacade staff;
  @Inject private CityClock clock;

  public Optional<ApiCaller> bearer(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    long now = clock.now().toEpochMilli();
    String t = token.trim();
    if (t.startsWith(STAFF_PREFIX)) {
      return staffToken(t, now);
    }
    return accessTokens
        .verify(t, now)
        .flatMap(
            v ->
                repo.account(v.accountId())
                    .filter(a -> Accounts.ACTIVE.equals(a.getStatus()))
                    .filter(a -> !a.isLockedAt(now))
                    .filter(a -> v.issuedAtMillis() > a.getTokensValidAfterMillis())
                    .map(
                        a ->
                            new ApiCaller(
                                Accounts.principal(a.getId()),
                                Set.of(Roles.CIUDADANO),
                                "token-cuenta:" + a.getId(),
                                settings.tokenRatePerMinute())));
  }

  /** Whether a citizen's portal session may go on (the account not locked or closed meanwhile). */
  public boolean citizenStillAllowed(String principal, long signedInAtMillis) {
    long now = clock.now().toEpochMilli();
    Optional<CitizenAccount> a = repo.account(Accounts.idOf(principal));
    return a.isPresent()
        && Accounts.ACTIVE.equals(a.get().getStatus())
        && !a.get().isLockedAt(now)
        && signedInAtMillis >= a.get().getTokensValidAfterMillis();
  }

  private Optional<ApiCaller> staffToken(String t, long now) {
    if (t.length() > 200) {
      return Optional.empty();
    }
    StaffApiToken k = repo.staffToken(Secrets.sha256(t)).orElse(null);
    if (k == null || k.getRevokedAtMillis() != null || k.getExpiresAtMillis() <= now) {
      return Optional.empty();
    }
    Set<String> held = staff.rolesOf(k.getUsername());
    Set<String> scopes =
        Arrays.stream(k.getScopes().split(","))
            .map(String::trim)
            .filter(held::contains)
            .collect(Collectors.toUnmodifiableSet());
    if (scopes.isEmpty()) {
      return Optional.empty();
    }
    repo.touchStaffToken(k.getId(), now);
    return Optional.of(
        new ApiCaller(
            k.getUsername(), scopes, "token-personal:" + k.getId(), k.getRatePerMinute()));
  }
}
