package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredialSettingsTest {
  private static final List<String> ALLOWED =
      List.of("https://ciudad.veracruz.gob.mx/predial/pago.xhtml", "veracruzcd://pago");

  @Test
  void productionRefusesMissingSandboxAndShortGatewaySecrets() {
    assertThat(PredialSettings.refusal("ciudad.gateway.api-key", null, "sandbox-api-key"))
        .contains("falta el alias");
    assertThat(
            PredialSettings.refusal("ciudad.gateway.api-key", "sandbox-api-key", "sandbox-api-key"))
        .contains("sandbox");
    assertThat(
            PredialSettings.refusal(
                "ciudad.gateway.webhook-secret", "sandbox-otro-valor-largo", "x"))
        .contains("sandbox");
    assertThat(PredialSettings.refusal("ciudad.gateway.webhook-secret", "corto", "x"))
        .contains("16 caracteres");
    assertThat(
            PredialSettings.refusal("ciudad.gateway.webhook-secret", "f3a9c2e1d7b64a58b0c1", "x"))
        .isNull();
  }

  @Test
  void onlyAllowListedReturnAddressesPassWhateverTheirQuery() {
    assertThat(
            PredialSettings.allowedReturnUrl(
                "https://ciudad.veracruz.gob.mx/predial/pago.xhtml?x=1", ALLOWED))
        .isTrue();
    assertThat(PredialSettings.allowedReturnUrl("veracruzcd://pago", ALLOWED)).isTrue();
    for (String evil :
        List.of(
            "https://evil.example/predial/pago.xhtml",
            "https://ciudad.veracruz.gob.mx.evil.example/predial/pago.xhtml",
            "https://evil@ciudad.veracruz.gob.mx/predial/pago.xhtml",
            "https://ciudad.veracruz.gob.mx/predial/pago.xhtml/../../otra",
            "https://ciudad.veracruz.gob.mx:8443/predial/pago.xhtml",
            "http://ciudad.veracruz.gob.mx/predial/pago.xhtml",
            "https://ciudad.veracruz.gob.mx/predial/pago.xhtml#x",
            "javascript:alert(1)",
            "",
            "//evil.example")) {
      assertThat(PredialSettings.allowedReturnUrl(evil, ALLOWED)).as(evil).isFalse();
    }
    assertThat(PredialSettings.allowedReturnUrl(null, ALLOWED)).isFalse();
  }
}
