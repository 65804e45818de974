package mx.gob.veracruz.common.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.gob.veracruz.common.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FolioTest {

  @Test
  void printsNumberPaddedToSixDigits() {
    assertThat(new Folio("SIRC", 2026, 123)).hasToString("SIRC-2026-000123");
    assertThat(new Folio("PR", 2000, 1)).hasToString("PR-2000-000001");
    assertThat(new Folio("TRAMITES", 2999, 999_999)).hasToString("TRAMITES-2999-999999");
  }

  @Test
  void printsMoreDigitsOnceSixAreNotEnough() {
    assertThat(new Folio("SIRC", 2026, 1_000_000)).hasToString("SIRC-2026-1000000");
    assertThat(Folio.parse("SIRC-2026-1000000")).isEqualTo(new Folio("SIRC", 2026, 1_000_000));
  }

  @Test
  void parsesWhatItPrints() {
    for (Folio folio :
        new Folio[] {
          new Folio("SIRC", 2026, 123), new Folio("PAGO", 2027, 1_000_000),
          new Folio("AB", 2000, 1), new Folio("RECIBO", 2031, 123_456_789_012L)
        }) {
      assertThat(Folio.parse(folio.toString())).isEqualTo(folio);
    }
  }

  @Test
  void parsesTypedInputWithBlanksAndLowerCase() {
    assertThat(Folio.parse("  sirc-2026-000123 ")).isEqualTo(new Folio("SIRC", 2026, 123));
  }

  @Test
  void rejectsNonCanonicalDigitsSoACaseHasOneSpelling() {
    assertInvalid(
        () -> Folio.parse("SIRC-2026-0000123"),
        "El folio «SIRC-2026-0000123» tiene ceros de más; debe escribirse SIRC-2026-000123");
    assertInvalid(
        () -> Folio.parse("SIRC-2026-01000000"),
        "El folio «SIRC-2026-01000000» tiene ceros de más; debe escribirse SIRC-2026-1000000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SIRC-2026-123", "SIRC2026000123", "SIRC-26-000123", "S-2026-000123",
        "SIRCTRAMI-2026-000123", "SÍRC-2026-000123", "SIRC-2026-00012A", "SIRC-2026-000123-1",
        "SIRC-2026-1234567890123456789"
      })
  void rejectsMalformedText(String text) {
    assertInvalid(
        () -> Folio.parse(text),
        "El folio «"
            + text
            + "» no tiene el formato"
            + " TIPO-AAAA-NNNNNN (por ejemplo, SIRC-2026-000123)");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void requiresAValue(String text) {
    assertInvalid(() -> Folio.parse(text), "El folio es obligatorio");
  }

  @Test
  void rejectsNumberZeroWhetherBuiltOrParsed() {
    String message = "El número de folio debe ser mayor o igual a 1 (se recibió 0)";
    assertInvalid(() -> new Folio("SIRC", 2026, 0), message);
    assertInvalid(() -> Folio.parse("SIRC-2026-000000"), message);
    assertInvalid(
        () -> new Folio("SIRC", 2026, -5),
        "El número de folio debe ser mayor o igual a 1 (se recibió -5)");
  }

  @Test
  void rejectsYearsOutsideTheThirdMillennium() {
    assertInvalid(
        () -> new Folio("SIRC", 1999, 1),
        "El año del folio debe estar entre 2000 y 2999 (se recibió 1999)");
    assertInvalid(
        () -> new Folio("SIRC", 3000, 1),
        "El año del folio debe estar entre 2000 y 2999 (se recibió 3000)");
    assertInvalid(
        () -> Folio.parse("SIRC-1999-000001"),
        "El año del folio debe estar entre 2000 y 2999 (se recibió 1999)");
  }

  @Test
  void rejectsBadTypes() {
    String message = "El tipo de folio debe tener de 2 a 8 letras mayúsculas sin acentos";
    assertInvalid(() -> new Folio(null, 2026, 1), message);
    assertInvalid(() -> new Folio("S", 2026, 1), message);
    assertInvalid(() -> new Folio("sirc", 2026, 1), message);
    assertInvalid(() -> new Folio("ABCDEFGHI", 2026, 1), message);
    assertInvalid(() -> new Folio("SI1", 2026, 1), message);
  }

  private static void assertInvalid(Runnable action, String message) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo("folio-invalido");
              assertThat(e.getField()).isEqualTo("folio");
            })
        .hasMessage(message);
  }
}
