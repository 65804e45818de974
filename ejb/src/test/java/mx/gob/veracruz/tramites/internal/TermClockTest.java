package mx.gob.veracruz.tramites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.DueDateResult;
import org.junit.jupiter.api.Test;

/**
 * The legal clock across weekends, a holiday and a prevención, with a small calendar of its own.
 */
class TermClockTest {
  // 16 November 2026 is the third Monday of November (Revolution Day, a federal holiday)
  private static final Map<LocalDate, String> HOLIDAYS =
      Map.of(LocalDate.of(2026, 11, 16), "Día de la Revolución");

  private static boolean business(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY
        && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !HOLIDAYS.containsKey(d);
  }

  private static DueDateResult due(LocalDate start, int n) {
    LocalDate d = start;
    List<DueDateResult.Skipped> skipped = new ArrayList<>();
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (business(d)) {
        counted++;
      } else {
        skipped.add(new DueDateResult.Skipped(d, HOLIDAYS.getOrDefault(d, "fin de semana")));
      }
    }
    return new DueDateResult(
        start,
        n,
        d,
        skipped,
        "Plazo de "
            + n
            + " días hábiles a partir del "
            + start
            + ": vence el "
            + d
            + " (omitidos "
            + skipped.size()
            + ")");
  }

  private static int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (business(d)) {
        n++;
      }
    }
    return n;
  }

  private final TermClock clock = new TermClock(TermClockTest::due, TermClockTest::between);

  @Test
  void aTermPaidOnFridayCountsFromMondaySkippingTheHoliday() {
    // paid Friday 13 Nov; 10 business days: 17,18,19,20,23,24,25,26,27,30 Nov; skipped: two
    // weekends of two days each, the Monday holiday 16 and the weekend 28-29 (7 days)
    var r = clock.start(LocalDate.of(2026, 11, 13), 10, "NEGATIVA");
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(r.daysLeft()).isEqualTo(10);
    assertThat(r.explanation()).contains("negativa ficta").contains("omitidos 7");
  }

  @Test
  void aPrevencionStopsTheTermAndTheAnswerResumesItWithTheDaysLeft() {
    LocalDate start = LocalDate.of(2026, 11, 13);
    var started = clock.start(start, 10, "AFIRMATIVA");
    // prevención on Wednesday 18 Nov: 17 and 18 used (2 of 10), 8 left; first third respected
    var stopped =
        clock.stop(start, LocalDate.of(2026, 11, 18), 10, started.daysLeft(), started.dueDate(), 5);
    assertThat(stopped.dueDate()).isNull();
    assertThat(stopped.daysLeft()).isEqualTo(8);
    assertThat(stopped.explanation())
        .contains("8 días hábiles por correr")
        .contains("vencía el 30/11/2026")
        .contains("hasta el 25/11/2026")
        .doesNotContain("primer tercio");
    // answered Monday 23 Nov: 8 business days from the 24th: 24,25,26,27,30 Nov, 1,2,3 Dec
    var resumed =
        clock.resume(
            LocalDate.of(2026, 11, 18),
            LocalDate.of(2026, 11, 23),
            stopped.daysLeft(),
            "AFIRMATIVA");
    assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(resumed.explanation())
        .contains("suspendido del 18/11/2026 al 23/11/2026")
        .contains("afirmativa ficta");
  }

  @Test
  void aLatePrevencionIsFlaggedAndNeverLeavesLessThanOneDay() {
    LocalDate start = LocalDate.of(2026, 11, 13);
    var stopped =
        clock.stop(start, LocalDate.of(2026, 11, 30), 10, 10, LocalDate.of(2026, 11, 30), 5);
    assertThat(stopped.daysLeft()).isEqualTo(1);
    assertThat(stopped.explanation()).contains("después del primer tercio del plazo (10 de 10");
  }
}
