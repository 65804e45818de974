package mx.gob.veracruz.common.internal;

import static java.time.LocalDate.parse;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  private static final String CONSTITUCION = "Día de la Constitución (primer lunes de febrero)";
  private static final String JUAREZ = "Natalicio de Benito Juárez (tercer lunes de marzo)";
  private static final String REVOLUCION = "Revolución (tercer lunes de noviembre)";
  private static final String TRANSMISION = "Transmisión del Poder Ejecutivo Federal";
  private static final String CARNAVAL = "Día inhábil municipal: Carnaval de Veracruz";

  private final BusinessCalendar federalOnly = new BusinessCalendar(date -> Optional.empty());
  private final BusinessCalendar withCarnaval =
      new BusinessCalendar(
          date -> Optional.ofNullable(Map.of(parse("2026-02-17"), CARNAVAL).get(date)));

  // Movable dates checked against a printed calendar; 1 October only in 2024 and 2030.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024, 2024-02-05, 2024-03-18, 2024-11-18, true",
    "2025, 2025-02-03, 2025-03-17, 2025-11-17, false",
    "2026, 2026-02-02, 2026-03-16, 2026-11-16, false",
    "2027, 2027-02-01, 2027-03-15, 2027-11-15, false",
    "2028, 2028-02-07, 2028-03-20, 2028-11-20, false",
    "2029, 2029-02-05, 2029-03-19, 2029-11-19, false",
    "2030, 2030-02-04, 2030-03-18, 2030-11-18, true"
  })
  void listsExactlyTheFederalHolidaysOfTheYear(
      int year,
      LocalDate constitucion,
      LocalDate juarez,
      LocalDate revolucion,
      boolean transmision) {
    Map<LocalDate, String> holidays = BusinessCalendar.federalHolidays(year);
    List<Map.Entry<LocalDate, String>> expected =
        new ArrayList<>(
            List.of(
                entry(LocalDate.of(year, 1, 1), "Año Nuevo (LFT art. 74)"),
                entry(constitucion, CONSTITUCION),
                entry(juarez, JUAREZ),
                entry(LocalDate.of(year, 5, 1), "Día del Trabajo"),
                entry(LocalDate.of(year, 9, 16), "Independencia")));
    if (transmision) {
      expected.add(entry(LocalDate.of(year, 10, 1), TRANSMISION));
    }
    expected.add(entry(revolucion, REVOLUCION));
    expected.add(entry(LocalDate.of(year, 12, 25), "Navidad"));
    // Compared as a list so the chronological order of the map is asserted too.
    assertThat(List.copyOf(holidays.entrySet())).isEqualTo(expected);
  }

  @Test
  void transmissionOfPowerOnlyEverySixYearsFrom2024() {
    assertThat(BusinessCalendar.federalHolidays(2024))
        .containsEntry(parse("2024-10-01"), TRANSMISION);
    assertThat(BusinessCalendar.federalHolidays(2030))
        .containsEntry(parse("2030-10-01"), TRANSMISION);
    assertThat(BusinessCalendar.federalHolidays(2036)).containsKey(parse("2036-10-01"));
    for (int year : new int[] {2018, 2025, 2026, 2027, 2028, 2029, 2031}) {
      assertThat(BusinessCalendar.federalHolidays(year))
          .doesNotContainKey(LocalDate.of(year, 10, 1));
    }
    assertThat(federalOnly.isBusinessDay(parse("2024-10-01"))).isFalse();
    assertThat(federalOnly.isBusinessDay(parse("2025-10-01"))).isTrue();
  }

  @Test
  void weekendIsReportedBeforeAHolidayOnTheSameDay() {
    assertThat(federalOnly.nonWorkingReason(parse("2027-05-01"))).contains("Sábado");
    assertThat(federalOnly.nonWorkingReason(parse("2029-09-16"))).contains("Domingo");
    assertThat(federalOnly.nonWorkingReason(parse("2026-01-01")))
        .contains("Año Nuevo (LFT art. 74)");
    assertThat(federalOnly.nonWorkingReason(parse("2026-01-30"))).isEmpty();
  }

  @Test
  void federalHolidayIsReportedBeforeTheMunicipalReason() {
    BusinessCalendar calendar = new BusinessCalendar(date -> Optional.of(CARNAVAL));
    assertThat(calendar.nonWorkingReason(parse("2026-03-16"))).contains(JUAREZ);
    assertThat(calendar.nonWorkingReason(parse("2026-03-17"))).contains(CARNAVAL);
  }

  @Test
  void municipalNonWorkingDayIsNotABusinessDay() {
    assertThat(withCarnaval.isBusinessDay(parse("2026-02-17"))).isFalse();
    assertThat(withCarnaval.nonWorkingReason(parse("2026-02-17"))).contains(CARNAVAL);
    assertThat(withCarnaval.isBusinessDay(parse("2026-02-18"))).isTrue();
  }

  @Test
  void treatsAMissingMunicipalAnswerAsAWorkingDay() {
    BusinessCalendar calendar = new BusinessCalendar(date -> null);
    assertThat(calendar.isBusinessDay(parse("2026-02-17"))).isTrue();
  }

  @Test
  void dueDateSkipsWeekendAndConstitutionDay() {
    DueDate due = federalOnly.dueDate(parse("2026-01-29"), 5);
    List<SkippedDay> skipped =
        List.of(
            new SkippedDay(parse("2026-01-31"), "Sábado"),
            new SkippedDay(parse("2026-02-01"), "Domingo"),
            new SkippedDay(parse("2026-02-02"), CONSTITUCION));
    assertThat(due).isEqualTo(new DueDate(parse("2026-01-29"), 5, parse("2026-02-06"), skipped));
    assertThat(due.explanation())
        .isEqualTo(
            "Plazo de 5 días hábiles contados a partir del"
                + " 29/01/2026: vence el 06/02/2026. Se omitieron: 31/01/2026 (sábado), 01/02/2026"
                + " (domingo), 02/02/2026 (Día de la Constitución (primer lunes de febrero))");
  }

  @Test
  void dueDateCrossesTheLongWeekendOfBenitoJuarez() {
    DueDate due = federalOnly.dueDate(parse("2026-03-12"), 3);
    assertThat(due.date()).isEqualTo(parse("2026-03-18"));
    assertThat(due.skipped())
        .extracting(SkippedDay::date)
        .containsExactly(parse("2026-03-14"), parse("2026-03-15"), parse("2026-03-16"));
    assertThat(due.explanation())
        .isEqualTo(
            "Plazo de 3 días hábiles contados a partir del"
                + " 12/03/2026: vence el 18/03/2026. Se omitieron: 14/03/2026 (sábado), 15/03/2026"
                + " (domingo), 16/03/2026 (Natalicio de Benito Juárez (tercer lunes de marzo))");
  }

  @Test
  void dueDateCrossesAMunicipalNonWorkingDay() {
    DueDate due = withCarnaval.dueDate(parse("2026-02-13"), 3);
    assertThat(due.date()).isEqualTo(parse("2026-02-19"));
    assertThat(due.explanation())
        .isEqualTo(
            "Plazo de 3 días hábiles contados a partir del"
                + " 13/02/2026: vence el 19/02/2026. Se omitieron: 14/02/2026 (sábado), 15/02/2026"
                + " (domingo), 17/02/2026 (Día inhábil municipal: Carnaval de Veracruz)");
    assertThat(federalOnly.dueDate(parse("2026-02-13"), 3).date()).isEqualTo(parse("2026-02-18"));
  }

  @Test
  void dueDateSpansChristmasAndNewYear() {
    DueDate due = federalOnly.dueDate(parse("2026-12-23"), 7);
    assertThat(due.date()).isEqualTo(parse("2027-01-05"));
    assertThat(due.explanation())
        .isEqualTo(
            "Plazo de 7 días hábiles contados a partir del"
                + " 23/12/2026: vence el 05/01/2027. Se omitieron: 25/12/2026 (Navidad), 26/12/2026"
                + " (sábado), 27/12/2026 (domingo), 01/01/2027 (Año Nuevo (LFT art. 74)), 02/01/2027"
                + " (sábado), 03/01/2027 (domingo)");
  }

  @Test
  void dueDateSpansAMunicipalWinterBreak() {
    LocalDate firstDay = parse("2026-12-21");
    LocalDate lastDay = parse("2027-01-06");
    BusinessCalendar calendar =
        new BusinessCalendar(
            date ->
                date.isBefore(firstDay) || date.isAfter(lastDay)
                    ? Optional.empty()
                    : Optional.of("Periodo vacacional de invierno"));
    DueDate due = calendar.dueDate(parse("2026-12-18"), 2);
    assertThat(due.date()).isEqualTo(parse("2027-01-08"));
    assertThat(due.skipped()).hasSize(19);
    assertThat(due.skipped().get(0)).isEqualTo(new SkippedDay(parse("2026-12-19"), "Sábado"));
    assertThat(due.skipped())
        .contains(
            new SkippedDay(parse("2026-12-21"), "Periodo vacacional de invierno"),
            new SkippedDay(parse("2026-12-25"), "Navidad"),
            new SkippedDay(parse("2027-01-06"), "Periodo vacacional de invierno"));
  }

  @Test
  void countingStartsTheDayAfterStartEvenWhenStartIsNotABusinessDay() {
    DueDate due = federalOnly.dueDate(parse("2026-01-31"), 1);
    assertThat(due.date()).isEqualTo(parse("2026-02-03"));
    assertThat(due.skipped())
        .extracting(SkippedDay::date)
        .containsExactly(parse("2026-02-01"), parse("2026-02-02"));
  }

  @Test
  void zeroDaysIsTheStartWhenItIsABusinessDay() {
    DueDate due = federalOnly.dueDate(parse("2026-01-29"), 0);
    assertThat(due.date()).isEqualTo(parse("2026-01-29"));
    assertThat(due.skipped()).isEmpty();
    assertThat(due.explanation())
        .isEqualTo(
            "Plazo de 0 días hábiles contados a partir del 29/01/2026: vence el 29/01/2026.");
  }

  @Test
  void zeroDaysMovesToTheNextBusinessDayListingTheStart() {
    DueDate due = federalOnly.dueDate(parse("2026-01-31"), 0);
    assertThat(due.date()).isEqualTo(parse("2026-02-03"));
    assertThat(due.skipped())
        .extracting(SkippedDay::date)
        .containsExactly(parse("2026-01-31"), parse("2026-02-01"), parse("2026-02-02"));
  }

  @Test
  void explanationUsesSingularForOneDayAndOneSkippedDay() {
    DueDate due = federalOnly.dueDate(parse("2026-09-15"), 1);
    assertThat(due.explanation())
        .isEqualTo(
            "Plazo de 1 día hábil contado a partir del"
                + " 15/09/2026: vence el 17/09/2026. Se omitió: 16/09/2026 (Independencia)");
  }

  @Test
  void explanationWithoutSkippedDays() {
    assertThat(federalOnly.dueDate(parse("2026-01-26"), 3).explanation())
        .isEqualTo(
            "Plazo de 3 días hábiles contados a partir del 26/01/2026: vence el 29/01/2026.");
  }

  @Test
  void rejectsNegativeTerms() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> federalOnly.dueDate(parse("2026-01-29"), -1));
  }

  @Test
  void failsInsteadOfLoopingWhenNoDayIsABusinessDay() {
    BusinessCalendar closed = new BusinessCalendar(date -> Optional.of("Suspensión de labores"));
    assertThatIllegalStateException().isThrownBy(() -> closed.dueDate(parse("2026-01-29"), 1));
  }
}
