package mx.gob.veracruz.tramites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class TramiteDefinitionTest {

  static TramiteDefinition construction() {
    return new TramiteDefinition(
        "permiso-obra",
        "Permiso de obra",
        "Autoriza construir.",
        "Propietarios",
        "Desarrollo Urbano",
        10,
        "NEGATIVA",
        List.of("EN_LINEA"),
        "Reglamento de Construcciones",
        List.of(new TramiteDefinition.Requirement("planos", "Planos", true, true)),
        List.of(
            new TramiteDefinition.Fee(
                "DER-CONSTRUCCION",
                "Derechos por m²",
                null,
                new BigDecimal("18.50"),
                "superficie",
                new BigDecimal("500.00"))),
        List.of(
            new TramiteDefinition.Field(
                "superficie",
                "Superficie (m²)",
                "number",
                true,
                List.of(),
                1L,
                10000L,
                null,
                null,
                null),
            new TramiteDefinition.Field(
                "tipo",
                "Tipo",
                "select",
                true,
                List.of("Casa", "Otro"),
                null,
                null,
                null,
                null,
                null),
            new TramiteDefinition.Field(
                "otro",
                "¿Cuál?",
                "text",
                true,
                List.of(),
                null,
                null,
                80,
                null,
                new TramiteDefinition.Condition("tipo", "Otro"))),
        null);
  }

  @Test
  void aComputedFeeIsPerUnitWithAMinimum() {
    TramiteDefinition d = construction();
    d.validate();
    assertThat(d.feeFor(Map.of("superficie", "120"))).isEqualByComparingTo("2220.00");
    assertThat(d.feeFor(Map.of("superficie", "10"))).isEqualByComparingTo("500.00");
  }

  @Test
  void aConditionalFieldIsShownOnlyForItsValue() {
    var otro = construction().form().get(2);
    assertThat(TramiteDefinition.visible(otro, Map.of("tipo", "Otro"))).isTrue();
    assertThat(TramiteDefinition.visible(otro, Map.of("tipo", "Casa"))).isFalse();
  }

  @Test
  void brokenRulesAreReportedEachOnItsPartOfTheEditor() {
    var d = construction();
    var broken =
        new TramiteDefinition(
            "X",
            "",
            d.description(),
            d.whoCanAsk(),
            d.area(),
            0,
            "QUIZA",
            List.of(),
            d.legalBasis(),
            d.requirements(),
            List.of(
                new TramiteDefinition.Fee(
                    "DER-CONSTRUCCION", null, null, new BigDecimal("2"), "noexiste", null)),
            List.of(
                new TramiteDefinition.Field(
                    "otro",
                    "¿Cuál?",
                    "text",
                    true,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    new TramiteDefinition.Condition("tipo", "Otro"))),
            null);
    assertThatThrownBy(broken::validate)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getViolations())
                    .extracting(InvalidInputException.Violation::field)
                    .containsExactlyInAnyOrder(
                        "code", "name", "termDays", "silence", "channels", "form", "fees"));
  }

  @Test
  void aRatePerUnitNeedsAFloorSoTheFeeIsNeverZero() {
    var d = construction();
    var noFloor =
        new TramiteDefinition(
            d.code(),
            d.name(),
            d.description(),
            d.whoCanAsk(),
            d.area(),
            d.termDays(),
            d.silence(),
            d.channels(),
            d.legalBasis(),
            d.requirements(),
            List.of(
                new TramiteDefinition.Fee(
                    "DER-CONSTRUCCION", null, null, new BigDecimal("18.50"), "superficie", null)),
            List.of(
                new TramiteDefinition.Field(
                    "superficie",
                    "Superficie (m²)",
                    "number",
                    true,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null)),
            null);
    assertThatThrownBy(noFloor::validate).hasMessageContaining("ponga un mínimo de 1");
    // and a negative answer never lowers the fee below the minimum
    assertThat(d.feeFor(Map.of("superficie", "-50"))).isEqualByComparingTo("500.00");
  }

  @Test
  void allFeesOfAProcedureGoToOneRevenueConcept() {
    var d = construction();
    var mixed =
        new TramiteDefinition(
            d.code(),
            d.name(),
            d.description(),
            d.whoCanAsk(),
            d.area(),
            d.termDays(),
            d.silence(),
            d.channels(),
            d.legalBasis(),
            d.requirements(),
            List.of(
                d.fees().get(0),
                new TramiteDefinition.Fee(
                    "DER-CONSTANCIAS", "Constancia", new BigDecimal("120.00"), null, null, null)),
            d.form(),
            null);
    assertThatThrownBy(mixed::validate).hasMessageContaining("un mismo concepto de ingreso");
  }

  @Test
  void jsonRoundTripKeepsEverything() {
    var d = construction();
    assertThat(TramiteDefinition.parse(d.toJson())).isEqualTo(d);
  }

  @Test
  void theDemoCatalogueHas25ValidProcedures() throws Exception {
    List<TramiteDefinition> all = new ArrayList<>();
    try (InputStream in =
        getClass().getResourceAsStream("/mx/gob/veracruz/tramites/internal/catalogo-demo.json")) {
      for (JsonValue v : Json.createReader(in).readArray()) {
        TramiteDefinition d = TramiteDefinition.of(v.asJsonObject());
        d.validate();
        assertThat(TramiteDefinition.parse(d.toJson())).isEqualTo(d);
        all.add(d);
      }
    }
    assertThat(all).hasSize(25);
    assertThat(all).filteredOn(TramiteDefinition::online).hasSizeGreaterThanOrEqualTo(20);
  }
}
