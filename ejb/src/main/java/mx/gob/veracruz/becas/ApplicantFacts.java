package mx.gob.veracruz.becas;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an application declares that the rules judge: the student's birth date (read from her CURP),
 * school level, average grade, the household's monthly income and size, and whether the household
 * lives in the municipality.
 */
public record ApplicantFacts(
    LocalDate birthDate,
    String level,
    BigDecimal average,
    BigDecimal monthlyIncome,
    int householdMembers,
    boolean resident)
    implements Serializable {
  /** Monthly income per person of the household, rounded to cents. */
  public BigDecimal incomePerPerson() {
    return monthlyIncome.divide(
        BigDecimal.valueOf(Math.max(1, householdMembers)), 2, java.math.RoundingMode.HALF_UP);
  }
}
