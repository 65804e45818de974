package mx.gob.veracruz.common.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A computed deadline with its justification: the law requires that a citizen can see which days
 * were not counted and why (docs/DOMAIN.md, "Deadlines and calendars").
 *
 * @param start the day the term is counted from (the notification or filing date)
 * @param businessDays the length of the term in business days
 * @param date the last day of the term
 * @param skipped the non-business days between {@code start} (exclusive) and {@code date}, in order
 */
public record DueDate(LocalDate start, int businessDays, LocalDate date, List<SkippedDay> skipped)
    implements Serializable {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  public DueDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(date, "date");
    skipped = List.copyOf(skipped);
  }

  /**
   * A Spanish sentence for notices and the case console, e.g. "Plazo de 5 días hábiles contados a
   * partir del 29/01/2026: vence el 06/02/2026. Se omitieron: 31/01/2026 (sábado), 01/02/2026
   * (domingo), 02/02/2026 (Día de la Constitución (primer lunes de febrero))".
   */
  public String explanation() {
    String term =
        businessDays == 1 ? "1 día hábil contado" : businessDays + " días hábiles contados";
    String sentence =
        "Plazo de "
            + term
            + " a partir del "
            + DAY.format(start)
            + ": vence el "
            + DAY.format(date)
            + ".";
    if (skipped.isEmpty()) {
      return sentence;
    }
    String days =
        skipped.stream()
            .map(day -> DAY.format(day.date()) + " (" + inSentence(day.reason()) + ")")
            .collect(Collectors.joining(", "));
    return sentence + (skipped.size() == 1 ? " Se omitió: " : " Se omitieron: ") + days;
  }

  // Weekday names are common nouns, lower case mid-sentence in Spanish; holiday names keep theirs.
  private static String inSentence(String reason) {
    if (reason.equals(BusinessCalendar.SATURDAY) || reason.equals(BusinessCalendar.SUNDAY)) {
      return reason.toLowerCase(Locale.ROOT);
    }
    return reason;
  }
}
