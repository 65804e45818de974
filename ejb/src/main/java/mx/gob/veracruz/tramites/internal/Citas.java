package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.CitizenNotifications;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.tramites.CitaView;
import mx.gob.veracruz.tramites.SlotView;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.model.Cita;
import mx.gob.veracruz.tramites.model.Oficina;
import mx.gob.veracruz.tramites.model.Tramite;

/**
 * Counter appointments: the business days an office opens (the calendar's, in its weekdays, the
 * next {@value #HORIZON_DAYS} days from tomorrow), its slots with the seats left, one booking per
 * account and procedure, cancellation by the citizen, attendance or no-show by the clerk, and a
 * reminder the day before.
 */
@ApplicationScoped
public class Citas {
  static final int HORIZON_DAYS = 30;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", Locale.forLanguageTag("es-MX"));

  @Inject private TramitesRepository repo;
  @Inject private CalendarFacade calendar;
  @Inject private CityClock clock;
  @Inject private FolioFacade folios;
  @Inject private CitizenNotifications notices;
  @Inject private Catalog catalog;

  public Oficina officeOf(TramiteDefinition d) {
    if (!d.byAppointment()) {
      throw new BusinessRuleException("sin-citas", null, "Este trámite no se atiende con cita");
    }
    return repo.office(d.office())
        .filter(Oficina::isActive)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "oficina-desconocida", null, "La oficina de este trámite no está disponible"));
  }

  public List<LocalDate> days(Oficina o) {
    Set<Integer> weekdays = weekdays(o);
    LocalDate today = clock.today();
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d : calendar.businessDays(today.plusDays(1), today.plusDays(HORIZON_DAYS))) {
      if (weekdays.contains(d.getDayOfWeek().getValue())) {
        out.add(d);
      }
    }
    return out;
  }

  public List<SlotView> slots(Oficina o, LocalDate day) {
    if (day == null || !days(o).contains(day)) {
      throw new BusinessRuleException(
          "dia-sin-citas",
          "dia",
          "Elija un día hábil de los próximos " + HORIZON_DAYS + " días en que abra la oficina");
    }
    Map<String, Long> taken = repo.taken(o.getId(), day);
    List<SlotView> out = new ArrayList<>();
    for (String t : times(o)) {
      out.add(new SlotView(t, (int) Math.max(0, o.getSeats() - taken.getOrDefault(t, 0L))));
    }
    return out;
  }

  static List<String> times(Oficina o) {
    List<String> out = new ArrayList<>();
    LocalTime t = LocalTime.parse(o.getOpens());
    LocalTime end = LocalTime.parse(o.getCloses());
    while (!t.plusMinutes(o.getSlotMinutes()).isAfter(end)) {
      out.add(t.toString());
      t = t.plusMinutes(o.getSlotMinutes());
    }
    return out;
  }

  private static Set<Integer> weekdays(Oficina o) {
    Set<Integer> s = new HashSet<>();
    Arrays.stream(o.getWeekdays().split(","))
        .map(String::trim)
        .filter(x -> !x.isEmpty())
        .forEach(x -> s.add(Integer.valueOf(x)));
    return s;
  }

  public Cita book(
      Tramite t, TramiteDefinition d, LocalDate day, String slot, long cuentaId, String applicant) {
    Oficina o = repo.lockOffice(officeOf(d).getId());
    if (slot == null || !times(o).contains(slot)) {
      throw new BusinessRuleException(
          "horario-invalido", "horario", "Elija un horario de la lista");
    }
    if (day == null || !days(o).contains(day)) {
      throw new BusinessRuleException(
          "dia-sin-citas",
          "dia",
          "Elija un día hábil de los próximos " + HORIZON_DAYS + " días en que abra la oficina");
    }
    // locking reads after the office's lock: they see every booking committed meanwhile
    if (repo.liveOfAccountLocked(cuentaId, t.getId()).stream()
        .anyMatch(c -> !c.getDay().isBefore(clock.today()))) {
      throw new BusinessRuleException(
          "cita-existente",
          null,
          "Ya tiene una cita para este trámite; cancélela para elegir otra");
    }
    List<Long> used =
        repo.liveOfDayLocked(o.getId(), day).stream()
            .filter(c -> c.getSlot().equals(slot))
            .map(Cita::getSeat)
            .toList();
    if (used.size() >= o.getSeats()) {
      throw new BusinessRuleException(
          "horario-lleno", "horario", "Ese horario ya no tiene lugares; elija otro");
    }
    long seat = 1;
    while (used.contains(seat)) {
      seat++;
    }
    Instant now = clock.now();
    Cita c = new Cita();
    c.setFolio(folios.next("CITA"));
    c.setOficinaId(o.getId());
    c.setTramiteId(t.getId());
    c.setCuentaId(cuentaId);
    c.setApplicantName(applicant == null || applicant.isBlank() ? "Solicitante" : applicant);
    c.setDay(day);
    c.setSlot(slot);
    c.setSeat(seat);
    c.setStatus("RESERVADA");
    c.setCreatedAt(now);
    c.setUpdatedAt(now);
    c.setUpdatedBy("cuenta:" + cuentaId);
    repo.persist(c);
    try {
      repo.flush(); // the unique seat is the last guard
    } catch (jakarta.persistence.PersistenceException taken) {
      throw new BusinessRuleException(
          "horario-ocupado", "hora", "Ese horario se acaba de ocupar: elija otro");
    }
    notices.notify(
        cuentaId,
        Cases.MODULE,
        "Cita " + c.getFolio() + " confirmada",
        "Su cita para «"
            + d.name()
            + "» es el "
            + DAY.format(day)
            + " a las "
            + slot
            + " h en "
            + o.getName()
            + ", "
            + o.getAddress()
            + ". Lleve los requisitos del trámite. Si no puede asistir, cancélela en Mis trámites.");
    return c;
  }

  public void cancel(Cita c, long cuentaId) {
    if (c.getCuentaId() != cuentaId) {
      throw new BusinessRuleException(
          "cita-no-encontrada", null, "No existe esa cita en su cuenta");
    }
    if (!"RESERVADA".equals(c.getStatus()) || c.getDay().isBefore(clock.today())) {
      throw new BusinessRuleException(
          "cita-no-cancelable", null, "Esa cita ya no se puede cancelar");
    }
    c.setStatus("CANCELADA");
    c.setSeat(-c.getId()); // gives the seat back
    c.setUpdatedAt(clock.now());
    c.setUpdatedBy("cuenta:" + cuentaId);
  }

  /** The clerk's record of the day: attended, or did not come (only from the day itself). */
  public void mark(Cita c, boolean attended, String actor) {
    if (!"RESERVADA".equals(c.getStatus())) {
      throw new BusinessRuleException(
          "cita-cerrada", null, "Esa cita ya está " + statusLabel(c.getStatus()).toLowerCase());
    }
    if (c.getDay().isAfter(clock.today())) {
      throw new BusinessRuleException(
          "cita-futura", null, "La cita es el " + c.getDay() + ": se registra ese día");
    }
    c.setStatus(attended ? "ATENDIDA" : "NO_ASISTIO");
    c.setUpdatedAt(clock.now());
    c.setUpdatedBy(actor);
  }

  /** Reminds every appointment of {@code day} not reminded yet; returns how many. */
  public int remind(LocalDate day) {
    int n = 0;
    for (Cita c : repo.toRemind(day, 500)) {
      Oficina o = repo.find(Oficina.class, c.getOficinaId());
      String name =
          catalog
              .definition(
                  c.getTramiteId(), repo.find(Tramite.class, c.getTramiteId()).getCurrentVersion())
              .name();
      notices.notify(
          c.getCuentaId(),
          Cases.MODULE,
          "Recordatorio: cita " + c.getFolio(),
          "Le recordamos su cita para «"
              + name
              + "» el "
              + DAY.format(day)
              + " a las "
              + c.getSlot()
              + " h en "
              + o.getName()
              + ", "
              + o.getAddress()
              + ".");
      c.setReminded(true);
      n++;
    }
    return n;
  }

  public static mx.gob.veracruz.tramites.OfficeView officeView(Oficina o) {
    return new mx.gob.veracruz.tramites.OfficeView(o.getCode(), o.getName(), o.getAddress());
  }

  public CitaView view(Cita c) {
    Oficina o = repo.find(Oficina.class, c.getOficinaId());
    Tramite t = repo.find(Tramite.class, c.getTramiteId());
    return new CitaView(
        c.getFolio(),
        t.getCode(),
        t.getName(),
        o.getName(),
        o.getAddress(),
        c.getDay(),
        c.getSlot(),
        c.getApplicantName(),
        c.getStatus(),
        statusLabel(c.getStatus()));
  }

  static String statusLabel(String s) {
    return switch (s) {
      case "RESERVADA" -> "Reservada";
      case "ATENDIDA" -> "Atendida";
      case "NO_ASISTIO" -> "No asistió";
      case "CANCELADA" -> "Cancelada";
      default -> s;
    };
  }
}
