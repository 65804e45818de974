package mx.gob.veracruz.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.model.NotificationStatus;
import mx.gob.veracruz.predial.model.AjusteKind;
import mx.gob.veracruz.predial.model.AjusteStatus;
import mx.gob.veracruz.predial.model.AlertaKind;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.ReferenciaStatus;
import mx.gob.veracruz.predial.model.ResolutionAction;
import mx.gob.veracruz.predial.model.WebhookStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stored code the screens show has a label in each bundle, so no page falls back to the raw
 * code. (Test code may name ejb's .model enums; production web code reads their names only.)
 */
class CodeLabelsTest {
  private static final Map<String, Class<? extends Enum<?>>> PREFIXES =
      Map.ofEntries(
          Map.entry("predial.pago.estado.", PaymentStatus.class),
          Map.entry("predial.canal.", PaymentChannel.class),
          Map.entry("predial.cargo.estado.", CargoStatus.class),
          Map.entry("predial.archivo.estado.", ArchivoStatus.class),
          Map.entry("predial.conciliacion.resultado.", LineOutcome.class),
          Map.entry("predial.conciliacion.accion.", ResolutionAction.class),
          Map.entry("trabajos.estado.", BatchStatus.class),
          Map.entry("predial.referencia.estado.", ReferenciaStatus.class),
          Map.entry("predial.ajuste.estado.", AjusteStatus.class),
          Map.entry("predial.ajuste.tipo.", AjusteKind.class),
          Map.entry("predial.webhook.estado.", WebhookStatus.class),
          Map.entry("predial.alerta.tipo.", AlertaKind.class),
          Map.entry("auditoria.resultado.", AuditOutcome.class),
          Map.entry("notificacion.estado.", NotificationStatus.class),
          Map.entry("sirc.estado.", mx.gob.veracruz.sirc.ReportStatus.class),
          Map.entry("sirc.canal.", mx.gob.veracruz.sirc.ReportChannel.class),
          Map.entry("sirc.accion.", mx.gob.veracruz.sirc.ReportAction.class),
          Map.entry("sirc.evento.", mx.gob.veracruz.sirc.EventKind.class),
          Map.entry("sirc.sla.", mx.gob.veracruz.sirc.SlaUnit.class),
          Map.entry("sirc.tipo.", mx.gob.veracruz.sirc.AttributeType.class));

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
