package mx.gob.veracruz.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.ResolutionAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stored code the screens show has a label in each bundle, so no page falls back to the raw
 * code. (Test code may name ejb's .model enums; production web code reads their names only.)
 */
class CodeLabelsTest {
  private static final Map<String, Class<? extends Enum<?>>> PREFIXES =
      Map.of(
          "predial.pago.estado.", PaymentStatus.class,
          "predial.canal.", PaymentChannel.class,
          "predial.cargo.estado.", CargoStatus.class,
          "predial.archivo.estado.", ArchivoStatus.class,
          "predial.conciliacion.resultado.", LineOutcome.class,
          "predial.conciliacion.accion.", ResolutionAction.class,
          "trabajos.estado.", BatchStatus.class);

  @ParameterizedTest
  @ValueSource(
      strings = {"messages.properties", "messages_es_MX.properties", "messages_en.properties"})
  void everyCodeHasALabel(String bundle) throws IOException {
    Properties p = load(bundle);
    PREFIXES.forEach(
        (prefix, type) -> {
          for (Enum<?> code : type.getEnumConstants()) {
            assertThat(p.getProperty(prefix + code.name()))
                .as(bundle + ": " + prefix + code)
                .isNotBlank();
          }
        });
    assertThat(p.getProperty("predial.conciliacion.resultado." + LineOutcome.PENDING)).isNotBlank();
  }

  @Test
  void theThreeBundlesHaveTheSameKeys() throws IOException {
    Properties es = load("messages.properties");
    assertThat(load("messages_es_MX.properties").stringPropertyNames())
        .isEqualTo(es.stringPropertyNames());
    assertThat(load("messages_en.properties").stringPropertyNames())
        .isEqualTo(es.stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    try (InputStream in =
        CodeLabelsTest.class.getResourceAsStream("/mx/gob/veracruz/web/" + name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
