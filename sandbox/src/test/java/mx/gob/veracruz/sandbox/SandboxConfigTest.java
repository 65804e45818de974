package mx.gob.veracruz.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxConfigTest {

  @Test
  void optionsWinOverEnvironmentWhichWinsOverDefaults() {
    SandboxConfig defaults = SandboxConfig.parse(new String[0], Map.of());
    assertThat(defaults.port()).isEqualTo(8095);
    assertThat(defaults.secret()).isEqualTo("sandbox-webhook-secret");
    assertThat(defaults.apiKey()).isEqualTo("sandbox-api-key");
    assertThat(defaults.bind()).isEqualTo("127.0.0.1");
    assertThat(defaults.retryBackoff()).isEqualTo(Duration.ofSeconds(1));

    Map<String, String> env =
        Map.of(
            "GATEWAY_PORT", "9000", "GATEWAY_SECRET", "env-secret", "GATEWAY_API_KEY", "env-key");
    SandboxConfig fromEnv = SandboxConfig.parse(new String[0], env);
    assertThat(fromEnv.port()).isEqualTo(9000);
    assertThat(fromEnv.secret()).isEqualTo("env-secret");
    assertThat(fromEnv.apiKey()).isEqualTo("env-key");

    SandboxConfig fromArgs =
        SandboxConfig.parse(
            new String[] {"--port", "8096", "--secret", "arg-secret", "--api-key=arg-key"}, env);
    assertThat(fromArgs.port()).isEqualTo(8096);
    assertThat(fromArgs.secret()).isEqualTo("arg-secret");
    assertThat(fromArgs.apiKey()).isEqualTo("arg-key");
  }

  @Test
  void rejectsUnknownOptionsAndBadPorts() {
    assertThatThrownBy(() -> SandboxConfig.parse(new String[] {"--nope", "1"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxConfig.parse(new String[] {"--port", "http"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxConfig.parse(new String[] {"--port"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxConfig.parse(new String[] {"--secret", ""}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
