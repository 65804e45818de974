package mx.gob.veracruz.becas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import mx.gob.veracruz.becas.Clabe;
import mx.gob.veracruz.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The CLABE's check digit and the bank files' layout. */
class DispersionLayoutTest {
  @Test
  void theClabeCheckDigitIsThatOfDomainMd() {
    assertThat(Clabe.isValid("002000000000000008")).isTrue();
    assertThat(Clabe.isValid("002000000000000009")).isFalse();
    assertThat(Clabe.isValid("00200000000000000")).isFalse();
    assertThat(Clabe.normalize("002 000 00000000000 8", "clabe")).isEqualTo("002000000000000008");
    // 0·3+1·7+2·1+1·3+8·7+0·1+0·3+0·7+1·1+2·3+3·7+4·1+5·3+6·7+7·1+8·3+9·7, each mod 10, sums to
    // 51: check digit 9.
    assertThat(Clabe.checkDigit("01218000123456789")).isEqualTo(9);
    assertThat(Clabe.masked("012180001234567899")).isEqualTo("•••• 7899");
    assertThatThrownBy(() -> Clabe.normalize("012180001234567890", "clabe"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("no es válida");
  }

  @Test
  void theDispersionFileHasAHeaderOneLinePerOrderAndATrailerThatAddUp() {
    String f =
        DispersionLayout.header(
                "BDI-2026-000001", LocalDate.of(2026, 12, 3), 2, new BigDecimal("2400.00"))
            + DispersionLayout.detail(
                "BOP-2026-000001-000001",
                "002000000000000008",
                new BigDecimal("1200.00"),
                "José Ñúñez-Pérez",
                "BECA x PAGO 1")
            + DispersionLayout.trailer(2, new BigDecimal("2400.00"));
    assertThat(f)
        .startsWith("H|BDI-2026-000001|20261203|MUNICIPIO DE VERACRUZ|2|2400.00\r\n")
        .contains(
            "D|BOP-2026-000001-000001|002000000000000008|1200.00|JOSE NUNEZ PEREZ|BECA X PAGO 1\r\n")
        .endsWith("T|2|2400.00\r\n");
  }

  @Test
  void aReturnFileIsReadAndRefusedWholeWhenItDoesNotAddUp() {
    String ok =
        "H|BDI-2026-000001|20261204\r\n"
            + "D|BOP-1|002000000000000008|1200.00|00|Abonada\r\n"
            + "D|BOP-2|012180001234567899|1200.00|02|Cuenta inexistente\r\n"
            + "T|2|2400.00\r\n";
    var r = DispersionLayout.parseReturn(ok.getBytes(StandardCharsets.UTF_8));
    assertThat(r.dispersionFolio()).isEqualTo("BDI-2026-000001");
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0).paid()).isTrue();
    assertThat(r.lines().get(1).paid()).isFalse();
    assertThatThrownBy(
            () ->
                DispersionLayout.parseReturn(
                    ok.replace("T|2|2400.00", "T|2|2300.00").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("no cuadra");
    assertThatThrownBy(
            () ->
                DispersionLayout.parseReturn(
                    ok.replace("012180001234567899", "012180001234567890")
                        .getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("Línea 3: CLABE inválida");
    assertThatThrownBy(
            () ->
                DispersionLayout.parseReturn(
                    ok.replace("T|2|2400.00\r\n", "").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("falta el registro T");
    assertThatThrownBy(
            () -> DispersionLayout.parseReturn("D|x\r\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BusinessRuleException.class);
  }
}
