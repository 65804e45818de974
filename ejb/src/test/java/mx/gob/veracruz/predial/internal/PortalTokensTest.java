package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalTokensTest {
  private static final byte[] SECRET = "k".getBytes();
  private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

  @Test
  void aTokenNamesItsPredioUntilItExpires() {
    String t = PortalTokens.issue(42, NOW.plusSeconds(60), SECRET);
    assertThat(PortalTokens.verify(t, NOW, SECRET)).isEqualTo(42L);
    assertThat(PortalTokens.verify(t, NOW.plusSeconds(61), SECRET)).isNull();
  }

  @Test
  void anEditedForgedOrMalformedTokenIsRefused() {
    String t = PortalTokens.issue(42, NOW.plusSeconds(60), SECRET);
    assertThat(PortalTokens.verify("43" + t.substring(2), NOW, SECRET)).isNull();
    assertThat(PortalTokens.verify(t, NOW, "otro".getBytes())).isNull();
    assertThat(PortalTokens.verify("42.1900000000", NOW, SECRET)).isNull();
    assertThat(PortalTokens.verify(null, NOW, SECRET)).isNull();
  }
}
