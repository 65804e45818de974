package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssessmentCalculatorTest {
  // Demo values: UMA 2025 = 113.14 pesos/day; minimum 3 UMA; rate 2.0 al millar.
  private static final AssessmentRules RULES =
      new AssessmentRules(
          2026,
          new BigDecimal("1850.00"),
          new BigDecimal("4625.50"),
          new BigDecimal("2.0"),
          new BigDecimal("3"),
          new BigDecimal("113.14"));

  @Test
  void computesValueAndTaxFromRoundedLines() {
    Assessment a =
        AssessmentCalculator.assess(new BigDecimal("160.35"), new BigDecimal("98.70"), RULES);
    assertThat(a.landValue()).isEqualByComparingTo("296647.50"); // 160.35 × 1850
    assertThat(a.constructionValue())
        .isEqualByComparingTo("456536.85"); // 98.70 × 4625.50 = 456536.85
    assertThat(a.valorCatastral()).isEqualByComparingTo("753184.35");
    assertThat(a.computedTax()).isEqualByComparingTo("1506.37"); // 1506.3687 half-up
    assertThat(a.annualTax()).isEqualByComparingTo("1506.37");
    assertThat(a.annualTax().scale()).isEqualTo(2);
    assertThat(a.explanation()).contains("753184.35").doesNotContain("mínimo");
  }

  @Test
  void neverBelowTheMinimumInUma() {
    Assessment a = AssessmentCalculator.assess(new BigDecimal("40"), BigDecimal.ZERO, RULES);
    assertThat(a.valorCatastral()).isEqualByComparingTo("74000.00");
    assertThat(a.computedTax()).isEqualByComparingTo("148.00");
    assertThat(a.minimumTax()).isEqualByComparingTo("339.42"); // 3 × 113.14
    assertThat(a.annualTax()).isEqualByComparingTo("339.42");
    assertThat(a.explanation()).contains("mínimo de 3 UMA = 339.42");
  }

  @Test
  void roundsHalfUpAtEachLine() {
    AssessmentRules r =
        new AssessmentRules(
            2026,
            new BigDecimal("0.005"),
            BigDecimal.ZERO,
            new BigDecimal("1000"),
            BigDecimal.ZERO,
            BigDecimal.ZERO);
    Assessment a = AssessmentCalculator.assess(BigDecimal.ONE, BigDecimal.ZERO, r);
    assertThat(a.landValue()).isEqualByComparingTo("0.01");
    assertThat(a.annualTax()).isEqualByComparingTo("0.01");
  }
}
