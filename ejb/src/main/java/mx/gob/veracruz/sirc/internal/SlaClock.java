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
 * ({@code ciudad.sirc.horario}, 9:00 to 17:00 by default, city time) on business days only.
 */
@ApplicationScoped
public class SlaClock {
  @Inject private CalendarFacade calendar;
  @Inject private SircSettings settings;

  public record Due(Instant at, String explanation) {}

  public Due due(Instant filed, int amount, SlaUnit unit) {
    SircSettings.WorkingDay day = settings.workingDay();
    ZonedDateTime local = filed.atZone(CityClock.ZONE);
    if (unit == SlaUnit.DIAS_HABILES) {
      DueDateResult d = calendar.dueDate(local.toLocalDate(), amount);
      return new Due(
          d.date().atTime(day.closes()).atZone(CityClock.ZONE).toInstant(),
          d.explanation()
              + (d.explanation().endsWith(".") ? "" : ".")
              + String.format(
                  " Hasta las %d:%02d de ese día.",
                  day.closes().getHour(), day.closes().getMinute()));
    }
    return new Due(
        addBusinessHours(local.toLocalDateTime(), amount, day), hoursExplanation(amount, day));
  }

  private Instant addBusinessHours(LocalDateTime from, int hours, SircSettings.WorkingDay day) {
    LocalTime opens = day.opens();
    LocalTime closes = day.closes();
    Duration left = Duration.ofHours(hours);
    LocalDateTime t = from;
    for (int guard = 0; guard < 3700; guard++) {
      LocalDate date = t.toLocalDate();
      if (calendar.isBusinessDay(date) && t.toLocalTime().isBefore(closes)) {
        LocalDateTime start = t.toLocalTime().isBefore(opens) ? date.atTime(opens) : t;
        Duration today = Duration.between(start, date.atTime(closes));
        if (left.compareTo(today) <= 0) {
          return start.plus(left).atZone(CityClock.ZONE).toInstant();
        }
        left = left.minus(today);
      }
      t = date.plusDays(1).atTime(opens);
    }
    throw new IllegalStateException("Sin días hábiles en diez años: revise el calendario");
  }

  private static String hoursExplanation(int hours, SircSettings.WorkingDay day) {
    return hours
        + " hora(s) hábil(es): se cuentan de "
        + day.label()
        + " en días hábiles (sin fines de semana, días festivos ni días inhábiles del municipio).";
  }
}
