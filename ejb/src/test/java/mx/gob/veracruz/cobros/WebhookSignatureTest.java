package mx.gob.veracruz.cobros;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final byte[] SECRET = "s3cret".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

  @Test
  void acceptsTheGatewaysSignatureWithinTheTolerance() {
    long t = NOW.getEpochSecond() - 299;
    assertThat(
            WebhookSignature.problem(
                "t=" + t + ",v1=" + WebhookSignature.sign(SECRET, t, BODY), BODY, SECRET, NOW))
        .isNull();
  }

  @Test
  void knownVectorHmacSha256OverTimestampDotBody() {
    // echo -n '1800000000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac s3cret
    assertThat(WebhookSignature.sign(SECRET, 1_800_000_000L, BODY))
        .isEqualTo("37a643ad946c4188f0b9d801a5679b72f5a05c3dcd222c504fe8ba7fbf3ac939");
  }

  @Test
  void refusesAnOldTimestampAForgedSignatureAChangedBodyAndMissingHeaders() {
    long old = NOW.getEpochSecond() - 301;
    assertThat(
            WebhookSignature.problem(
                "t=" + old + ",v1=" + WebhookSignature.sign(SECRET, old, BODY), BODY, SECRET, NOW))
        .contains("tolerancia");
    long t = NOW.getEpochSecond();
    assertThat(
            WebhookSignature.problem(
                "t=" + t + ",v1=" + WebhookSignature.sign("otro".getBytes(), t, BODY),
                BODY,
                SECRET,
                NOW))
        .isEqualTo("Firma inválida");
    String good = "t=" + t + ",v1=" + WebhookSignature.sign(SECRET, t, BODY);
    assertThat(WebhookSignature.problem(good, "{\"id\":\"evt_2\"}".getBytes(), SECRET, NOW))
        .isEqualTo("Firma inválida");
    assertThat(WebhookSignature.problem(null, BODY, SECRET, NOW)).isNotNull();
    assertThat(WebhookSignature.problem("v1=abc", BODY, SECRET, NOW))
        .isEqualTo("Firma mal formada");
    assertThat(WebhookSignature.problem("t=abc,v1=abc", BODY, SECRET, NOW))
        .isEqualTo("Marca de tiempo inválida");
  }
}
