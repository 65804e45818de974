package mx.gob.veracruz.predial.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The enums are stored by name: renaming a constant would orphan rows written before it. */
class StoredCodesTest {
  private static String[] names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
  }

  @Test
  void storedNamesAreTheCodesTheTablesAlreadyHold() {
    assertThat(names(PaymentStatus.class)).containsExactly("APLICADO", "CANCELADO");
    assertThat(names(PaymentChannel.class))
        .containsExactlyInAnyOrder("CAJA_EFECTIVO", "CAJA_TARJETA", "EN_LINEA", "BANCO");
    assertThat(names(CargoStatus.class))
        .containsExactlyInAnyOrder("PENDIENTE", "PAGADO", "RECHAZADO");
    assertThat(names(ArchivoStatus.class))
        .containsExactlyInAnyOrder("VALIDADO", "RECHAZADO", "CONCILIADO");
    assertThat(names(ResolutionAction.class))
        .containsExactlyInAnyOrder("APLICAR", "DEVOLVER", "DESCARTAR");
    assertThat(names(LineOutcome.class))
        .containsExactlyInAnyOrder(
            "APLICADO",
            "CONFIRMADO",
            "PARCIAL",
            "SOBREPAGO",
            "VENCIDA",
            "DESCONOCIDA",
            "DUPLICADO",
            "MAL_FORMADA");
    // every stored code fits the VARCHAR(16) columns of V2/V3
    assertThat(Arrays.stream(LineOutcome.values()).map(Enum::name)).allMatch(n -> n.length() <= 16);
  }

  @Test
  void exceptionsAreTheOutcomesThatNeedAPerson() {
    assertThat(Arrays.stream(LineOutcome.values()).filter(LineOutcome::isException))
        .containsExactlyInAnyOrder(
            LineOutcome.PARCIAL,
            LineOutcome.SOBREPAGO,
            LineOutcome.VENCIDA,
            LineOutcome.DESCONOCIDA,
            LineOutcome.DUPLICADO,
            LineOutcome.MAL_FORMADA);
    assertThat(LineOutcome.code(null)).isEqualTo("PENDIENTE");
  }

  @Test
  void formaPagoFollowsSatsCatalogue() {
    assertThat(PaymentChannel.CAJA_EFECTIVO.formaPago()).isEqualTo("01");
    assertThat(PaymentChannel.BANCO.formaPago()).isEqualTo("03");
    assertThat(PaymentChannel.CAJA_TARJETA.formaPago()).isEqualTo("04");
    assertThat(PaymentChannel.EN_LINEA.formaPago()).isEqualTo("04");
  }
}
