package mx.gob.veracruz.becas.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.becas.ApplicantFacts;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.EligibilityResult;
import mx.gob.veracruz.becas.EligibilityResult.Check;
import mx.gob.veracruz.cobros.Money;

/**
 * A call's rules applied to what an application declares: pure, so that the examples of a call's
 * rules are unit tests. Age is counted in whole years at {@code asOf} (the call's closing date).
 * Each criterion gives 0–1 and the score is their weighted sum on 0–100: the average grade from the
 * call's minimum (or 6) to 10, the income per person from the call's maximum (or $10,000) down to
 * zero, the household from 1 to 8 people.
 */
public final class Eligibility {
  static final BigDecimal DEFAULT_INCOME_CAP = new BigDecimal("10000");

  private Eligibility() {}

  public static int age(LocalDate birth, LocalDate asOf) {
    return Period.between(birth, asOf).getYears();
  }

  public static EligibilityResult evaluate(BecaRules r, ApplicantFacts f, LocalDate asOf) {
    List<Check> checks = new ArrayList<>();
    int age = age(f.birthDate(), asOf);
    if (r.minAge() != null || r.maxAge() != null) {
      boolean ok =
          (r.minAge() == null || age >= r.minAge()) && (r.maxAge() == null || age <= r.maxAge());
      checks.add(
          new Check(
              "curp-alumno",
              "Edad",
              ok,
              age
                  + " años al "
                  + asOf.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                  + " (según la CURP); la convocatoria pide "
                  + range(r.minAge(), r.maxAge())));
    }
    boolean levelOk = r.levels().contains(f.level());
    checks.add(
        new Check(
            "nivel",
            "Nivel escolar",
            levelOk,
            BecaRules.LEVELS.getOrDefault(f.level(), String.valueOf(f.level()))
                + "; la convocatoria es para "
                + String.join(", ", r.levels().stream().map(BecaRules.LEVELS::get).toList())));
    if (r.minAverage() != null) {
      boolean ok = f.average().compareTo(r.minAverage()) >= 0;
      checks.add(
          new Check(
              "promedio",
              "Promedio",
              ok,
              f.average().setScale(1, RoundingMode.HALF_UP)
                  + "; el mínimo es "
                  + r.minAverage().setScale(1, RoundingMode.HALF_UP)));
    }
    if (r.maxIncomePerPerson() != null) {
      BigDecimal pc = f.incomePerPerson();
      boolean ok = pc.compareTo(r.maxIncomePerPerson()) <= 0;
      checks.add(
          new Check(
              "ingreso",
              "Ingreso por persona",
              ok,
              Money.format(f.monthlyIncome())
                  + " al mes entre "
                  + f.householdMembers()
                  + (f.householdMembers() == 1 ? " persona" : " personas")
                  + " = "
                  + Money.format(pc)
                  + "; el máximo es "
                  + Money.format(r.maxIncomePerPerson())));
    }
    if (r.residentOnly()) {
      checks.add(
          new Check(
              "colonia",
              "Residencia",
              f.resident(),
              f.resident()
                  ? "vive en una colonia del municipio de Veracruz"
                  : "la convocatoria es solo para quien vive en el municipio de Veracruz"));
    }
    boolean eligible = checks.stream().allMatch(Check::passed);
    return new EligibilityResult(eligible, List.copyOf(checks), score(r, f));
  }

  /** The weighted score, 0–100, computed exactly and rounded once to three decimals. */
  public static BigDecimal score(BecaRules r, ApplicantFacts f) {
    java.math.MathContext mc = java.math.MathContext.DECIMAL64;
    BigDecimal total = BigDecimal.ZERO;
    int weights = 0;
    for (BecaRules.Criterion c : r.criteria()) {
      BigDecimal part =
          switch (c.key()) {
            case "promedio" -> {
              BigDecimal floor =
                  r.minAverage() == null
                      ? BigDecimal.valueOf(6)
                      : r.minAverage().min(new BigDecimal("9.99"));
              yield clip(f.average().subtract(floor).divide(BigDecimal.TEN.subtract(floor), mc));
            }
            case "ingreso" -> {
              BigDecimal cap =
                  r.maxIncomePerPerson() == null ? DEFAULT_INCOME_CAP : r.maxIncomePerPerson();
              yield clip(BigDecimal.ONE.subtract(f.incomePerPerson().divide(cap, mc)));
            }
            case "integrantes" ->
                clip(
                    BigDecimal.valueOf(f.householdMembers() - 1L)
                        .divide(BigDecimal.valueOf(7), mc));
            default -> BigDecimal.ZERO;
          };
      total = total.add(part.multiply(BigDecimal.valueOf(c.weight())));
      weights += c.weight();
    }
    if (weights == 0) {
      return BigDecimal.ZERO.setScale(3);
    }
    return total
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(weights), 3, RoundingMode.HALF_UP);
  }

  private static BigDecimal clip(BigDecimal x) {
    return x.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  private static String range(Integer min, Integer max) {
    if (min != null && max != null) {
      return "de " + min + " a " + max + " años";
    }
    return min != null ? "al menos " + min + " años" : "hasta " + max + " años";
  }
}
