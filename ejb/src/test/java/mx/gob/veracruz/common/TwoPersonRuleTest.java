package mx.gob.veracruz.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwoPersonRuleTest {
  @Test
  void aRequestNeedsAWrittenReason() {
    assertThat(TwoPersonRule.reason("  Cobro en el predio equivocado  ", "motivo"))
        .isEqualTo("Cobro en el predio equivocado");
    assertThatThrownBy(() -> TwoPersonRule.reason("corto", "motivo"))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo("motivo-requerido");
              assertThat(e.getField()).isEqualTo("motivo");
            });
    assertThatThrownBy(() -> TwoPersonRule.reason(null, "note"))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void nobodyApprovesTheirOwnRequest() {
    TwoPersonRule.checkDecider("finanzas", "supervisor");
    assertThatThrownBy(() -> TwoPersonRule.checkDecider("supervisor", "supervisor"))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> assertThat(e.getCode()).isEqualTo("ajuste-mismo-usuario"));
    assertThatThrownBy(() -> TwoPersonRule.checkDecider(null, "supervisor"))
        .isInstanceOf(BusinessRuleException.class);
  }
}
