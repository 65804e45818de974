package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.internal.BusinessCalendar;
import mx.gob.veracruz.common.internal.DueDate;
import mx.gob.veracruz.common.model.DiaInhabil;

/** Business-day calendar: federal holidays by rule plus the municipality's días inhábiles. */
@Stateless
@PermitAll
public class CalendarFacade {
  @Inject private mx.gob.veracruz.common.internal.CalendarRepository days;

  public DueDateResult dueDate(LocalDate start, int businessDays) {
    if (start == null || businessDays < 0 || businessDays > 3650) {
      throw new BusinessRuleException(
          "plazo-invalido",
          "businessDays",
          "Indique una fecha de inicio y un plazo de 0 a 3650 días hábiles");
    }
    DueDate d = calendar().dueDate(start, businessDays);
    return new DueDateResult(
        d.start(),
        d.businessDays(),
        d.date(),
        d.skipped().stream().map(s -> new DueDateResult.Skipped(s.date(), s.reason())).toList(),
        d.explanation());
  }

  /** Whether the offices work on a date (no weekend, holiday or municipal non-working day). */
  public boolean isBusinessDay(LocalDate date) {
    return calendar().isBusinessDay(date);
  }

  /**
   * The business days from {@code from} to {@code to} (both included), with one query for the
   * municipal days of the range (the KPI job's working-time ledger spans years).
   */
  public java.util.NavigableSet<LocalDate> businessDays(LocalDate from, LocalDate to) {
    java.util.Map<LocalDate, String> municipal = new java.util.HashMap<>();
    days.between(from, to).forEach(d -> municipal.put(d.getFecha(), d.getMotivo()));
    BusinessCalendar cal =
        new BusinessCalendar(date -> java.util.Optional.ofNullable(municipal.get(date)));
    java.util.NavigableSet<LocalDate> out = new java.util.TreeSet<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (cal.isBusinessDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  public List<NonWorkingDay> municipalDays(int year) {
    return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .map(d -> new NonWorkingDay(d.getId(), d.getFecha(), d.getMotivo()))
        .toList();
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "calendario.agregar", entity = "DiaInhabil")
  public NonWorkingDay addMunicipalDay(LocalDate date, String reason) {
    if (date == null || reason == null || reason.isBlank() || reason.length() > 200) {
      throw new BusinessRuleException(
          "dia-inhabil-invalido", "reason", "Indique la fecha y el motivo (máximo 200 caracteres)");
    }
    if (days.on(date).isPresent()) {
      throw new BusinessRuleException(
          "dia-inhabil-duplicado", "date", "Esa fecha ya está registrada como día inhábil");
    }
    DiaInhabil d = new DiaInhabil(date, reason.trim());
    days.add(d);
    return new NonWorkingDay(d.getId(), d.getFecha(), d.getMotivo());
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "calendario.eliminar", entity = "DiaInhabil")
  public void removeMunicipalDay(Long id) {
    DiaInhabil d = days.find(id);
    if (d == null) {
      throw new BusinessRuleException("no-encontrado", "id", "El día inhábil no existe");
    }
    days.remove(d);
  }

  private BusinessCalendar calendar() {
    return new BusinessCalendar(date -> days.on(date).map(DiaInhabil::getMotivo));
  }
}
