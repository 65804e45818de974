package mx.gob.veracruz.cuenta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The access tokens' checks: signature, issuer, audience, expiry with 30 s of skew, rotation. */
class AccessTokensTest {
  static final long T0 = 1_796_000_000_000L;

  static String newKey() {
    try {
      var g = java.security.KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return Base64.getEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static AccountSettings settings(String issuer, String key, String previous) {
    return new AccountSettings() {
      @Override
      public String issuer() {
        return issuer;
      }

      @Override
      public Optional<String> signingKey() {
        return Optional.of(key);
      }

      @Override
      public Optional<String> previousKey() {
        return Optional.ofNullable(previous);
      }

      @Override
      public int accessMinutes() {
        return 10;
      }

      @Override
      public boolean production() {
        return true;
      }
    };
  }

  @Test
  void aTokenIsValidUntilItsExpiryPlusTheSkewAndNotAfter() {
    AccessTokens t = new AccessTokens(settings("https://veracruz.example", newKey(), null));
    String token = t.issue(42, true, T0).token();
    assertThat(t.verify(token, T0))
        .get()
        .satisfies(
            v -> {
              assertThat(v.accountId()).isEqualTo(42);
              assertThat(v.issuedAtMillis()).isEqualTo(T0);
            });
    assertThat(t.verify(token, T0 + 10 * 60_000L + 29_000L)).isPresent();
    assertThat(t.verify(token, T0 + 10 * 60_000L + 31_000L)).isEmpty();
  }

  @Test
  void aTamperedForgedOrForeignTokenIsRefused() {
    String key = newKey();
    AccessTokens t = new AccessTokens(settings("https://veracruz.example", key, null));
    String token = t.issue(42, false, T0).token();
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1])).replace("cuenta:42", "cuenta:43");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
            + "."
            + parts[2];
    assertThat(t.verify(tampered, T0)).isEmpty();
    String none =
        Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
            + "."
            + parts[1]
            + ".";
    assertThat(t.verify(none, T0)).isEmpty();
    AccessTokens other = new AccessTokens(settings("https://veracruz.example", newKey(), null));
    assertThat(t.verify(other.issue(42, false, T0).token(), T0)).isEmpty();
    AccessTokens otherIssuer = new AccessTokens(settings("https://otra.example", key, null));
    assertThat(t.verify(otherIssuer.issue(42, false, T0).token(), T0)).isEmpty();
    assertThat(t.verify("basura", T0)).isEmpty();
  }

  @Test
  void afterARotationThePreviousKeysTokensStillVerify() {
    String old = newKey();
    String next = newKey();
    String before =
        new AccessTokens(settings("https://v.example", old, null)).issue(7, false, T0).token();
    AccessTokens rotated = new AccessTokens(settings("https://v.example", next, old));
    assertThat(rotated.verify(before, T0 + 60_000)).isPresent();
    assertThat(new AccessTokens(settings("https://v.example", next, null)).verify(before, T0))
        .isEmpty();
    assertThat(rotated.jwks().get("keys")).asList().hasSize(2);
  }
}
