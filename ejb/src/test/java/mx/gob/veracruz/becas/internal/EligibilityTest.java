package mx.gob.veracruz.becas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.becas.ApplicantFacts;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.EligibilityResult;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.common.Violations;
import org.junit.jupiter.api.Test;

/**
 * Examples of a call's rules (the demo call "aprovechamiento-2026": ages 6 to 15 at the closing
 * date, primaria or secundaria, average 8.0 or more, at most $3,500 a month per person, living in
 * the municipality; score 50 % average, 40 % income, 10 % household).
 */
class EligibilityTest {
  static final LocalDate CLOSES = LocalDate.of(2027, 1, 15);
  static final BecaRules RULES =
      new BecaRules(
          6,
          15,
          List.of("PRIMARIA", "SECUNDARIA"),
          new BigDecimal("8.0"),
          new BigDecimal("3500.00"),
          true,
          List.of(
              new BecaRules.Criterion("promedio", 50),
              new BecaRules.Criterion("ingreso", 40),
              new BecaRules.Criterion("integrantes", 10)),
          List.of(new BecaRules.Document("boleta", "Boleta")),
          "FOLIO");

  static ApplicantFacts facts(
      LocalDate birth, String level, String avg, String income, int members, boolean resident) {
    return new ApplicantFacts(
        birth, level, new BigDecimal(avg), new BigDecimal(income), members, resident);
  }

  @Test
  void aTwelveYearOldWithAGoodAverageAndLowIncomeIsEligibleAndEveryCheckIsExplained() {
    EligibilityResult r =
        Eligibility.evaluate(
            RULES, facts(LocalDate.of(2014, 5, 2), "SECUNDARIA", "9.2", "8000", 4, true), CLOSES);
    assertThat(r.eligible()).isTrue();
    assertThat(r.checks())
        .extracting(EligibilityResult.Check::rule)
        .containsExactly("Edad", "Nivel escolar", "Promedio", "Ingreso por persona", "Residencia");
    assertThat(r.text())
        .contains(
            "✔ Edad: 12 años al 15/01/2027 (según la CURP); la convocatoria pide de 6 a 15 años")
        .contains(
            "✔ Ingreso por persona: $8,000.00 al mes entre 4 personas = $2,000.00; el máximo es $3,500.00")
        .contains("✔ Promedio: 9.2; el mínimo es 8.0");
    // average (9.2 − 8) / 2 = 0.6 × 50 = 30; income 1 − 2000/3500 = 0.428571 × 40 = 17.142857;
    // household (4 − 1) / 7 = 0.428571 × 10 = 4.285714 → 51.429
    assertThat(r.score()).isEqualByComparingTo("51.429");
  }

  @Test
  void ageIsCountedInWholeYearsAtTheClosingDateFromTheCurp() {
    // CURP HEGG560427MVZRRL04 → born 27/04/1956: 70 at the closing date, far above 15.
    LocalDate birth = Curps.birthDate("HEGG560427MVZRRL04");
    assertThat(birth).isEqualTo(LocalDate.of(1956, 4, 27));
    EligibilityResult r =
        Eligibility.evaluate(RULES, facts(birth, "PRIMARIA", "9", "1000", 2, true), CLOSES);
    assertThat(r.eligible()).isFalse();
    assertThat(r.checks().get(0).passed()).isFalse();
    assertThat(r.checks().get(0).field()).isEqualTo("curp-alumno");
    assertThat(r.checks().get(0).explanation()).startsWith("70 años");
    // 15 the day before the 16th birthday is still in; 16 on the closing day itself is not.
    assertThat(
            Eligibility.evaluate(
                    RULES,
                    facts(LocalDate.of(2011, 1, 16), "SECUNDARIA", "9", "1000", 2, true),
                    CLOSES)
                .eligible())
        .isTrue();
    assertThat(
            Eligibility.evaluate(
                    RULES,
                    facts(LocalDate.of(2011, 1, 15), "SECUNDARIA", "9", "1000", 2, true),
                    CLOSES)
                .eligible())
        .isFalse();
    // 6 only from the sixth birthday.
    assertThat(
            Eligibility.evaluate(
                    RULES,
                    facts(LocalDate.of(2021, 1, 16), "PRIMARIA", "9", "1000", 2, true),
                    CLOSES)
                .eligible())
        .isFalse();
  }

  @Test
  void eachBrokenRuleFailsOnItsOwnFieldWithItsReason() {
    EligibilityResult r =
        Eligibility.evaluate(
            RULES,
            facts(LocalDate.of(2012, 3, 3), "BACHILLERATO", "7.9", "7001", 2, false),
            CLOSES);
    assertThat(r.eligible()).isFalse();
    assertThat(r.checks().stream().filter(c -> !c.passed()).map(EligibilityResult.Check::field))
        .containsExactly("nivel", "promedio", "ingreso", "colonia");
    assertThat(r.text())
        .contains("✘ Nivel escolar: Bachillerato; la convocatoria es para Primaria, Secundaria")
        .contains("✘ Promedio: 7.9; el mínimo es 8.0")
        .contains("$7,001.00 al mes entre 2 personas = $3,500.50; el máximo es $3,500.00")
        .contains("✘ Residencia");
  }

  @Test
  void theLimitsThemselvesAreIn() {
    // exactly 8.0 and exactly $3,500.00 per person pass
    assertThat(
            Eligibility.evaluate(
                    RULES,
                    facts(LocalDate.of(2015, 1, 1), "PRIMARIA", "8.0", "7000", 2, true),
                    CLOSES)
                .eligible())
        .isTrue();
  }

  @Test
  void theScoreRanksABetterAverageAndALowerIncomeHigherAndStaysWithin0And100() {
    var best =
        Eligibility.score(RULES, facts(LocalDate.of(2014, 1, 1), "PRIMARIA", "10", "0", 8, true));
    var worst =
        Eligibility.score(RULES, facts(LocalDate.of(2014, 1, 1), "PRIMARIA", "8", "3500", 1, true));
    assertThat(best).isEqualByComparingTo("100.000");
    assertThat(worst).isEqualByComparingTo("0.000");
    var a =
        Eligibility.score(
            RULES, facts(LocalDate.of(2014, 1, 1), "PRIMARIA", "9.5", "6000", 3, true));
    var b =
        Eligibility.score(
            RULES, facts(LocalDate.of(2014, 1, 1), "PRIMARIA", "9.0", "6000", 3, true));
    assertThat(a).isGreaterThan(b);
  }

  @Test
  void theRulesRoundTripAsJsonAndABrokenCallIsRefusedOnEachField() {
    assertThat(BecaRules.fromJson(RULES.toJson())).isEqualTo(RULES);
    Violations v = new Violations();
    new BecaRules(
            16,
            12,
            List.of(),
            new BigDecimal("11"),
            BigDecimal.ZERO,
            false,
            List.of(new BecaRules.Criterion("promedio", 60)),
            List.of(new BecaRules.Document("Boleta X", "")),
            "TODO")
        .validate(v);
    try {
      v.throwIfAny();
    } catch (mx.gob.veracruz.common.InvalidInputException e) {
      assertThat(e.getViolations())
          .extracting(x -> x.field())
          .contains(
              "edad-max",
              "niveles",
              "promedio-min",
              "ingreso-max",
              "criterios",
              "documentos",
              "publicacion");
      return;
    }
    throw new AssertionError("a broken call was accepted");
  }
}
