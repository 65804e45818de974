package mx.gob.veracruz.ciudadano.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import mx.gob.veracruz.common.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

// Expected check digits were computed independently of Curp.checkDigit (by hand and in Python).
class CurpTest {

  @Test
  void acceptsPubliclyKnownValidCurps() {
    Curp woman = Curp.of("HEGG560427MVZRRL04");
    assertThat(woman.value()).isEqualTo("HEGG560427MVZRRL04");
    assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1956, 4, 27));
    assertThat(woman.sex()).isEqualTo("M");
    assertThat(woman.stateCode()).isEqualTo("VZ");

    Curp man = Curp.of("BEML920313HMCLNS09");
    assertThat(man.birthDate()).isEqualTo(LocalDate.of(1992, 3, 13));
    assertThat(man.sex()).isEqualTo("H");
    assertThat(man.stateCode()).isEqualTo("MC");
  }

  @Test
  void computesCheckDigitOfKnownCurps() {
    assertThat(Curp.checkDigit("HEGG560427MVZRRL0")).isEqualTo(4);
    assertThat(Curp.checkDigit("BEML920313HMCLNS0")).isEqualTo(9);
    assertThat(Curp.checkDigit("GOMA050815HVZNRNA")).isEqualTo(5);
  }

  @Test
  void checkDigitRejectsWrongLengthOrForeignCharacters() {
    assertThatIllegalArgumentException().isThrownBy(() -> Curp.checkDigit("HEGG560427MVZRRL"));
    assertThatIllegalArgumentException().isThrownBy(() -> Curp.checkDigit("HEGG560427MVZRRL04"));
    assertThatIllegalArgumentException().isThrownBy(() -> Curp.checkDigit("HEGG560427MVZRR-0"));
    assertThatIllegalArgumentException().isThrownBy(() -> Curp.checkDigit(null));
  }

  @Test
  void rejectsWrongCheckDigitSayingTheExpectedOne() {
    assertRejected(
        "HEGG560427MVZRRL05", "El dígito verificador de la CURP no es correcto (debería ser 4)");
    assertRejected(
        "BEML920313HMCLNS00", "El dígito verificador de la CURP no es correcto (debería ser 9)");
  }

  @Test
  void rejectsThirtiethOfFebruary() {
    assertRejected(
        "BEML920230HMCLNS07", "La CURP indica una fecha de nacimiento imposible (30/02/1992)");
  }

  @Test
  void rejectsImpossibleMonthAndDay() {
    assertRejected(
        "HEGG561327MVZRRL03", "La CURP indica una fecha de nacimiento imposible (27/13/1956)");
    assertRejected(
        "HEGG560400MVZRRL07", "La CURP indica una fecha de nacimiento imposible (00/04/1956)");
  }

  @Test
  void acceptsTwentyNinthOfFebruaryOnlyInLeapYears() {
    assertThat(Curp.of("BEML920229HMCLNS06").birthDate()).isEqualTo(LocalDate.of(1992, 2, 29));
    assertRejected(
        "BEML930229HMCLNS03", "La CURP indica una fecha de nacimiento imposible (29/02/1993)");
    assertRejected(
        "BEML930229HMCLNSA3", "La CURP indica una fecha de nacimiento imposible (29/02/2093)");
  }

  @Test
  void homonymyCharacterDecidesTheCenturyOfYearZero() {
    // 1900 is not a leap year but 2000 is: same YYMMDD, different validity.
    assertRejected(
        "BEML000229HMCLNS08", "La CURP indica una fecha de nacimiento imposible (29/02/1900)");
    assertThat(Curp.of("BEML000229HMCLNSA8").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void letterHomonymyMeansBornFrom2000() {
    Curp curp = Curp.of("GOMA050815HVZNRNA5");
    assertThat(curp.birthDate()).isEqualTo(LocalDate.of(2005, 8, 15));
  }

  @Test
  void normalisesLowerCaseAndSurroundingBlanks() {
    assertThat(Curp.of("  hegg560427mvzrrl04 \t").value()).isEqualTo("HEGG560427MVZRRL04");
    assertThat(Curp.of(" Beml920313hMcLnS09\n")).isEqualTo(new Curp("BEML920313HMCLNS09"));
    assertThat(Curp.problem(" hegg560427mvzrrl04 ")).isEmpty();
  }

  @Test
  void constructorExpectsTheCanonicalForm() {
    assertThatThrownBy(() -> new Curp("hegg560427mvzrrl04"))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> new Curp(" HEGG560427MVZRRL04"))
        .hasMessage("La CURP debe tener 18 caracteres (tiene 19)");
  }

  @Test
  void rejectsUnknownStateButAcceptsBornAbroad() {
    assertRejected(
        "HEGG560427MXXRRL02", "La CURP indica una entidad de nacimiento inexistente (XX)");
    assertThat(Curp.of("GOMA050815HNENRNA0").stateCode()).isEqualTo("NE");
  }

  @Test
  void acceptsNonBinarySex() {
    assertThat(Curp.of("GOMA050815XVZNRNA9").sex()).isEqualTo("X");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void requiresAValue(String raw) {
    assertRejected(raw, "La CURP es obligatoria");
  }

  @Test
  void rejectsWrongLength() {
    assertRejected("HEGG560427MVZRRL0", "La CURP debe tener 18 caracteres (tiene 17)");
    assertRejected("HEGG560427MVZRRL045", "La CURP debe tener 18 caracteres (tiene 19)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HEG1560427MVZRRL04", // digit among the name letters
        "HEGG56O427MVZRRL04", // letter O in the date
        "HEGG560427FVZRRL04", // sex F does not exist
        "HEGG560427MVZARL04", // vowel where an internal consonant goes
        "HEGG560427MVZRRL-4", // homonymy must be a letter or digit
        "HEGG560427MVZRRL0A", // check digit must be a digit
        "HEGÑ560427MVZRRL04" // RENAPO writes Ñ as X
      })
  void rejectsMalformedCurps(String raw) {
    assertRejected(
        raw,
        "La CURP no tiene un formato válido: 4 letras, fecha AAMMDD,"
            + " sexo (H, M o X), entidad, 3 consonantes, homonimia y dígito verificador");
  }

  @Test
  void problemIsEmptyForValidAndTheSameMessageOtherwise() {
    assertThat(Curp.problem("HEGG560427MVZRRL04")).isEmpty();
    assertThat(Curp.problem("HEGG560427MVZRRL05"))
        .contains("El dígito verificador de la CURP no es correcto (debería ser 4)");
    assertThat(Curp.problem(null)).contains("La CURP es obligatoria");
  }

  @Test
  void ageCountsCompletedYearsAroundTheBirthday() {
    Curp curp = Curp.of("HEGG560427MVZRRL04"); // born 27/04/1956
    assertThat(curp.ageOn(LocalDate.of(2016, 4, 26))).isEqualTo(59);
    assertThat(curp.ageOn(LocalDate.of(2016, 4, 27))).isEqualTo(60);
    assertThat(curp.ageOn(LocalDate.of(2016, 4, 28))).isEqualTo(60);
    assertThat(curp.ageOn(LocalDate.of(1956, 4, 27))).isZero();
  }

  @Test
  void leapDayBirthdayIsCelebratedOnFirstOfMarchInCommonYears() {
    Curp curp = Curp.of("BEML000229HMCLNSA8"); // born 29/02/2000
    assertThat(curp.ageOn(LocalDate.of(2018, 2, 28))).isEqualTo(17);
    assertThat(curp.ageOn(LocalDate.of(2018, 3, 1))).isEqualTo(18);
    assertThat(curp.ageOn(LocalDate.of(2020, 2, 29))).isEqualTo(20);
  }

  @Test
  void ageBeforeBirthIsAProgrammingError() {
    Curp curp = Curp.of("HEGG560427MVZRRL04");
    assertThatIllegalArgumentException().isThrownBy(() -> curp.ageOn(LocalDate.of(1956, 4, 26)));
  }

  @Test
  void survivesSerialisationAsAnEqualValue() throws Exception {
    Curp curp = Curp.of("HEGG560427MVZRRL04");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(curp);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(curp);
    }
  }

  private static void assertRejected(String raw, String message) {
    assertThatThrownBy(() -> Curp.of(raw))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo("curp-invalida");
              assertThat(e.getField()).isEqualTo("curp");
            })
        .hasMessage(message);
    assertThat(Curp.problem(raw)).contains(message);
  }
}
