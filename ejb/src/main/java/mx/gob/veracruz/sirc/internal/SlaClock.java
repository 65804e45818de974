package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.DueDateResult;
import mx.gob.veracruz.sirc.SlaUnit;

/**
 * When a report is due, and why: business days through the municipal calendar (holidays and días
 * inhábiles skipped, listed in the explanation), or business hours counted within the working day
 * ({@link #OPENS} to {@link #CLOSES}, city time) on business days only.
 */
@ApplicationScoped
public class SlaClock {
  static final LocalTime OPENS = LocalTime.of(9, 0);
  static final LocalTime CLOSES = LocalTime.of(17, 0);

  @Inject private CalendarFacade calendar;

  public record Due(Instant at, String explanation) {}

  public Due due(Instant filed, int amount, SlaUnit unit) {
    ZonedDateTime local = filed.atZone(CityClock.ZONE);
    if (unit == SlaUnit.DIAS_HABILES) {
      DueDateResult d = calendar.dueDate(local.toLocalDate(), amount);
      return new Due(
          d.date().atTime(CLOSES).atZone(CityClock.ZONE).toInstant(),
          d.explanation()
              + (d.explanation().endsWith(".") ? "" : ".")
              + " Hasta las 17:00 de ese día.");
    }
    return new Due(addBusinessHours(local.toLocalDateTime(), amount), hoursExplanation(amount));
  }

  private Instant addBusinessHours(LocalDateTime from, int hours) {
    Duration left = Duration.ofHours(hours);
    LocalDateTime t = from;
    for (int guard = 0; guard < 3700; guard++) {
      LocalDate day = t.toLocalDate();
      if (calendar.isBusinessDay(day) && t.toLocalTime().isBefore(CLOSES)) {
        LocalDateTime start = t.toLocalTime().isBefore(OPENS) ? day.atTime(OPENS) : t;
        Duration today = Duration.between(start, day.atTime(CLOSES));
        if (left.compareTo(today) <= 0) {
          return start.plus(left).atZone(CityClock.ZONE).toInstant();
        }
        left = left.minus(today);
      }
      t = day.plusDays(1).atTime(OPENS);
    }
    throw new IllegalStateException("Sin días hábiles en diez años: revise el calendario");
  }

  private static String hoursExplanation(int hours) {
    return hours
        + " hora(s) hábil(es): se cuentan de 9:00 a 17:00 en días hábiles (sin fines de semana,"
        + " días festivos ni días inhábiles del municipio).";
  }
}
