package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountMismatchTest {

  @Test
  void showsBothAmountsAsMoneyAndHowMuchIsMissing() {
    assertThat(AmountMismatch.describe(new BigDecimal("6000.00"), new BigDecimal("6375.94")))
        .isEqualTo("Importe $6,000.00 distinto del cargo $6,375.94 ($375.94 menos)");
  }

  @Test
  void showsHowMuchWasPaidTooMuch() {
    assertThat(AmountMismatch.describe(new BigDecimal("6400"), new BigDecimal("6375.94")))
        .isEqualTo("Importe $6,400.00 distinto del cargo $6,375.94 ($24.06 de más)");
  }

  @Test
  void saysTheLinesAmountIsUnreadableInsteadOfNull() {
    assertThat(AmountMismatch.describe(null, new BigDecimal("6375.94")))
        .isEqualTo("Importe ilegible en la línea; el cargo es de $6,375.94")
        .doesNotContain("null");
  }

  @Test
  void namesAForeignCurrency() {
    assertThat(AmountMismatch.currency("USD", new BigDecimal("6375.94"), new BigDecimal("6375.94")))
        .isEqualTo("Importe 6,375.94 en USD; el cargo es de $6,375.94 MXN");
  }
}
