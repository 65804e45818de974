package mx.gob.veracruz.cobros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishAmountTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1520.00 | MIL QUINIENTOS VEINTE PESOS 00/100 M.N.",
        "1.00 | UN PESO 00/100 M.N.",
        "0.50 | CERO PESOS 50/100 M.N.",
        "0 | CERO PESOS 00/100 M.N.",
        "21.00 | VEINTIÚN PESOS 00/100 M.N.",
        "100 | CIEN PESOS 00/100 M.N.",
        "101 | CIENTO UN PESOS 00/100 M.N.",
        "1000000 | UN MILLÓN DE PESOS 00/100 M.N.",
        "2500000.75 | DOS MILLONES QUINIENTOS MIL PESOS 75/100 M.N.",
        "1001001 | UN MILLÓN MIL UN PESOS 00/100 M.N.",
        "2.01 | DOS PESOS 01/100 M.N.",
        "16 | DIECISÉIS PESOS 00/100 M.N.",
        "22 | VEINTIDÓS PESOS 00/100 M.N.",
        "23 | VEINTITRÉS PESOS 00/100 M.N.",
        "26 | VEINTISÉIS PESOS 00/100 M.N.",
        "29 | VEINTINUEVE PESOS 00/100 M.N.",
        "31 | TREINTA Y UN PESOS 00/100 M.N.",
        "15 | QUINCE PESOS 00/100 M.N.",
        "11 | ONCE PESOS 00/100 M.N.",
        "40 | CUARENTA PESOS 00/100 M.N.",
        "99 | NOVENTA Y NUEVE PESOS 00/100 M.N.",
        "555 | QUINIENTOS CINCUENTA Y CINCO PESOS 00/100 M.N.",
        "777 | SETECIENTOS SETENTA Y SIETE PESOS 00/100 M.N.",
        "999 | NOVECIENTOS NOVENTA Y NUEVE PESOS 00/100 M.N.",
        "468 | CUATROCIENTOS SESENTA Y OCHO PESOS 00/100 M.N.",
        "1000 | MIL PESOS 00/100 M.N.",
        "21000 | VEINTIÚN MIL PESOS 00/100 M.N.",
        "101000 | CIENTO UN MIL PESOS 00/100 M.N.",
        "100000 | CIEN MIL PESOS 00/100 M.N.",
        "21000000 | VEINTIÚN MILLONES DE PESOS 00/100 M.N.",
        "1000000000 | MIL MILLONES DE PESOS 00/100 M.N.",
        "1001000000 | MIL UN MILLONES DE PESOS 00/100 M.N.",
        "28339117 | VEINTIOCHO MILLONES TRESCIENTOS TREINTA Y NUEVE MIL CIENTO DIECISIETE PESOS"
            + " 00/100 M.N."
      })
  void writesMexicanReceiptWords(String amount, String words) {
    assertThat(SpanishAmount.inWords(new BigDecimal(amount))).isEqualTo(words);
  }

  @Test
  void writesTheLargestSupportedAmount() {
    assertThat(SpanishAmount.inWords(new BigDecimal("999999999999.99")))
        .isEqualTo(
            "NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE MILLONES NOVECIENTOS"
                + " NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE PESOS 99/100 M.N.");
  }

  @Test
  void rejectsNullNegativeTooLargeAndFractionsOfACent() {
    assertThatThrownBy(() -> SpanishAmount.inWords(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpanishAmount.inWords(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpanishAmount.inWords(new BigDecimal("1000000000000.00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpanishAmount.inWords(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
