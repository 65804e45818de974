package mx.gob.veracruz.predial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.gob.veracruz.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ClaveCatastralTest {

  @Test
  void acceptsTheDashedForm() {
    ClaveCatastral c = new ClaveCatastral("193-001-045-012-000-000");
    assertThat(c.region()).isEqualTo("001");
    assertThat(c.manzana()).isEqualTo("045");
  }

  @Test
  void normalisesSpacesAndMissingDashes() {
    assertThat(ClaveCatastral.of(" 193 001 045 012 000 000 ").value())
        .isEqualTo("193-001-045-012-000-000");
    assertThat(ClaveCatastral.of("193001045012000000").value())
        .isEqualTo("193-001-045-012-000-000");
  }

  @Test
  void rejectsOtherMunicipalitiesLettersAndShortKeys() {
    for (String bad :
        new String[] {
          "194-001-045-012-000-000", "193-00A-045-012-000-000", "193-001-045", "", null
        }) {
      assertThatThrownBy(() -> ClaveCatastral.of(bad))
          .isInstanceOf(BusinessRuleException.class)
          .extracting(e -> ((BusinessRuleException) e).getCode())
          .isEqualTo(ClaveCatastral.ERROR_CODE);
    }
  }
}
