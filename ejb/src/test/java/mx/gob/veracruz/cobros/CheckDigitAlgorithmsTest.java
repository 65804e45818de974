package mx.gob.veracruz.cobros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.gob.veracruz.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CheckDigitAlgorithmsTest {

  @Test
  void bbvaAlgorithm00MatchesTheWorkedExample() {
    CheckDigitAlgorithm bbva = CheckDigitAlgorithms.byId("BBVA-00");
    assertThat(bbva.checkDigits("18000359700002387")).isEqualTo("1");
    assertThat(bbva.isValid("180003597000023871")).isTrue();
    assertThat(bbva.isValid("180003597000023872")).isFalse();
  }

  @Test
  void bbvaAlgorithm00CatchesASingleDigitTypoAndMostTranspositions() {
    CheckDigitAlgorithm bbva = new Luhn10();
    assertThat(bbva.isValid("180003597000023781")).isFalse(); // 87 -> 78
    assertThat(bbva.isValid("180003597000033871")).isFalse(); // 2 -> 3
  }

  @Test
  void iso7064Mod97MatchesTheStandardExample() {
    CheckDigitAlgorithm iso = CheckDigitAlgorithms.byId("ISO7064-97-10");
    assertThat(iso.checkDigits("794")).isEqualTo("44");
    assertThat(iso.isValid("79444")).isTrue();
    assertThat(iso.isValid("79445")).isFalse();
    assertThat(iso.checkDigits("18000359700002387")).isEqualTo("09");
  }

  @Test
  void rejectsNonDigitsAndUnknownAlgorithms() {
    assertThat(new Luhn10().isValid("12A45")).isFalse();
    assertThat(new Iso7064Mod97().isValid("7")).isFalse();
    assertThatThrownBy(() -> CheckDigitAlgorithms.byId("XYZ"))
        .isInstanceOf(BusinessRuleException.class);
  }
}
