package mx.gob.veracruz.common.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Business days for legal terms (docs/DOMAIN.md, "Deadlines and calendars"): every day except
 * weekends, the mandatory rest days of the Ley Federal del Trabajo art. 74, and the días inhábiles
 * and suspensions the municipality publishes, which come from data so they change without a deploy.
 */
public class BusinessCalendar {

  static final String SATURDAY = "Sábado";
  static final String SUNDAY = "Domingo";

  // A term never crosses this many consecutive non-business days; more means bad calendar data
  // (e.g. a suspension loaded without an end), which must fail instead of looping forever.
  private static final int MAX_CONSECUTIVE_SKIPPED = 366;

  private final Function<LocalDate, Optional<String>> municipalNonWorkingDays;

  /**
   * @param municipalNonWorkingDays the municipality's día inhábil reason for a date (from its
   *     table), or empty when the municipality works that day
   */
  public BusinessCalendar(Function<LocalDate, Optional<String>> municipalNonWorkingDays) {
    this.municipalNonWorkingDays =
        Objects.requireNonNull(municipalNonWorkingDays, "municipalNonWorkingDays");
  }

  /**
   * The LFT art. 74 rest days of {@code year}, sorted by date, with Spanish reasons. The movable
   * ones follow the 2006 reform (Mondays); 1 October applies from 2024 every six years, when the
   * federal executive changes (constitutional reform of 2014). Before 2024 that day was 1 December
   * every six years, which is not modelled: terms computed here start in 2024 or later.
   */
  public static Map<LocalDate, String> federalHolidays(int year) {
    Map<LocalDate, String> holidays = new TreeMap<>();
    holidays.put(LocalDate.of(year, 1, 1), "Año Nuevo (LFT art. 74)");
    holidays.put(
        nthMonday(year, Month.FEBRUARY, 1), "Día de la Constitución (primer lunes de febrero)");
    holidays.put(
        nthMonday(year, Month.MARCH, 3), "Natalicio de Benito Juárez (tercer lunes de marzo)");
    holidays.put(LocalDate.of(year, 5, 1), "Día del Trabajo");
    holidays.put(LocalDate.of(year, 9, 16), "Independencia");
    if (year >= 2024 && (year - 2024) % 6 == 0) {
      holidays.put(LocalDate.of(year, 10, 1), "Transmisión del Poder Ejecutivo Federal");
    }
    holidays.put(nthMonday(year, Month.NOVEMBER, 3), "Revolución (tercer lunes de noviembre)");
    holidays.put(LocalDate.of(year, 12, 25), "Navidad");
    return Collections.unmodifiableMap(holidays);
  }

  public boolean isBusinessDay(LocalDate date) {
    return nonWorkingReason(date).isEmpty();
  }

  /**
   * Why {@code date} is not a business day, or empty when it is. One reason per day, the most
   * general first: "Sábado"/"Domingo", then the federal holiday, then the municipal reason. The
   * weekend wins because the LFT does not move a holiday that falls on one, so the weekend is the
   * reason that holds whatever the holiday tables say.
   */
  public Optional<String> nonWorkingReason(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY) {
      return Optional.of(SATURDAY);
    }
    if (day == DayOfWeek.SUNDAY) {
      return Optional.of(SUNDAY);
    }
    String holiday = federalHolidays(date.getYear()).get(date);
    if (holiday != null) {
      return Optional.of(holiday);
    }
    Optional<String> municipal = municipalNonWorkingDays.apply(date);
    return municipal == null ? Optional.empty() : municipal;
  }

  /**
   * The last day of a term of {@code businessDays} counted from {@code start}. Counting begins the
   * day after {@code start}, whether or not {@code start} is a business day: terms run from the day
   * after the notification takes effect (Ley Federal de Procedimiento Administrativo art. 38;
   * verify against the Veracruz procedure code). A term of 0 ends on {@code start} itself or, when
   * {@code start} is not a business day, on the next business day, since nothing can be due on a
   * day the office is closed; in that case the start and the days after it that were passed over
   * are listed as skipped.
   *
   * @throws IllegalArgumentException when {@code businessDays} is negative
   * @throws IllegalStateException when the calendar data leave no business day within a year
   */
  public DueDate dueDate(LocalDate start, int businessDays) {
    Objects.requireNonNull(start, "start");
    if (businessDays < 0) {
      throw new IllegalArgumentException("businessDays must not be negative: " + businessDays);
    }
    List<SkippedDay> skipped = new ArrayList<>();
    LocalDate date = businessDays == 0 ? nextBusinessDay(start, skipped) : start;
    for (int counted = 0; counted < businessDays; counted++) {
      date = nextBusinessDay(date.plusDays(1), skipped);
    }
    return new DueDate(start, businessDays, date, skipped);
  }

  /** The first business day on or after {@code from}, recording the days passed over. */
  private LocalDate nextBusinessDay(LocalDate from, List<SkippedDay> skipped) {
    LocalDate date = from;
    for (int passed = 0; passed <= MAX_CONSECUTIVE_SKIPPED; passed++) {
      Optional<String> reason = nonWorkingReason(date);
      if (reason.isEmpty()) {
        return date;
      }
      skipped.add(new SkippedDay(date, reason.get()));
      date = date.plusDays(1);
    }
    throw new IllegalStateException(
        "No hay días hábiles en más de un año a partir de "
            + from
            + ": revise la tabla de días inhábiles");
  }

  private static LocalDate nthMonday(int year, Month month, int ordinal) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
  }
}
