package mx.gob.veracruz.tramites.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import mx.gob.veracruz.common.DueDateResult;

/**
 * The legal clock of a case, as the Ley de Procedimiento Administrativo says (docs/DOMAIN.md,
 * "Deadlines"): the term counts business days from the day after the case is complete (filed and
 * paid); a prevención stops it with the days still to run, and the applicant's answer resumes it
 * with those days from the day after. Pure: the calendar comes in as two functions.
 */
public final class TermClock {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** What the clock says now: due date (null while stopped), days left, and why. */
  public record Reading(LocalDate dueDate, int daysLeft, String explanation) {}

  private final BiFunction<LocalDate, Integer, DueDateResult> dueDate;
  private final BiFunction<LocalDate, LocalDate, Integer> businessDaysAfterUntil;

  /**
   * @param dueDate the calendar's due date of n business days after a start (exclusive)
   * @param businessDaysAfterUntil business days in (from, to]
   */
  public TermClock(
      BiFunction<LocalDate, Integer, DueDateResult> dueDate,
      BiFunction<LocalDate, LocalDate, Integer> businessDaysAfterUntil) {
    this.dueDate = dueDate;
    this.businessDaysAfterUntil = businessDaysAfterUntil;
  }

  /** The case became complete on {@code day}: the whole term starts. */
  public Reading start(LocalDate day, int termDays, String silence) {
    DueDateResult d = dueDate.apply(day, termDays);
    return new Reading(d.date(), termDays, sentence(d.explanation()) + " " + silenceNote(silence));
  }

  /**
   * A prevención notified on {@code day}: the term stops with the days not yet used (at least one:
   * the authority keeps a day to resolve after the answer), and she has {@code answerDays} to
   * answer.
   */
  public Reading stop(
      LocalDate termStart,
      LocalDate day,
      int termDays,
      int daysLeftBefore,
      LocalDate currentDue,
      int answerDays) {
    int used = businessDaysAfterUntil.apply(termStart, day);
    int left = Math.max(1, Math.min(daysLeftBefore, termDays - used));
    DueDateResult answer = dueDate.apply(day, answerDays);
    String third =
        used > termDays / 3.0
            ? " La prevención se hizo después del primer tercio del plazo ("
                + used
                + " de "
                + termDays
                + " días hábiles)."
            : "";
    return new Reading(
        null,
        left,
        "Prevención notificada el "
            + DAY.format(day)
            + ": el plazo se suspende con "
            + days(left)
            + " por correr (vencía el "
            + DAY.format(currentDue)
            + "). Para subsanar tiene hasta el "
            + DAY.format(answer.date())
            + " ("
            + days(answerDays)
            + ")."
            + third);
  }

  /** The answer to a prevención on {@code day}: the term resumes with the days it had left. */
  public Reading resume(LocalDate stoppedOn, LocalDate day, int daysLeft, String silence) {
    DueDateResult d = dueDate.apply(day, daysLeft);
    return new Reading(
        d.date(),
        daysLeft,
        "Plazo suspendido del "
            + DAY.format(stoppedOn)
            + " al "
            + DAY.format(day)
            + " por la prevención y reanudado con "
            + days(daysLeft)
            + ". "
            + d.explanation()
            + " "
            + silenceNote(silence));
  }

  /** The applicant's answer deadline of a prevención notified on {@code day}. */
  public LocalDate answerDue(LocalDate day, int answerDays) {
    return dueDate.apply(day, answerDays).date();
  }

  private static String sentence(String s) {
    return s.endsWith(".") ? s : s + ".";
  }

  static String silenceNote(String silence) {
    return "AFIRMATIVA".equals(silence)
        ? "Si no hay respuesta en el plazo, opera la afirmativa ficta: la solicitud se tiene por aprobada."
        : "Si no hay respuesta en el plazo, opera la negativa ficta: la solicitud se tiene por negada y puede impugnarse.";
  }

  private static String days(int n) {
    return n == 1 ? "1 día hábil" : n + " días hábiles";
  }
}
