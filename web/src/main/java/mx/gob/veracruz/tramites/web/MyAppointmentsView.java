package mx.gob.veracruz.tramites.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.tramites.CitaView;
import mx.gob.veracruz.tramites.MyTramitesFacade;
import mx.gob.veracruz.tramites.OfficeView;
import mx.gob.veracruz.tramites.SlotView;
import mx.gob.veracruz.tramites.TramiteCatalogFacade;

/** Booking a counter appointment: a day the office opens, a slot with seats left; her citas. */
@Named
@ViewScoped
public class MyAppointmentsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", Locale.forLanguageTag("es-MX"));

  @Inject private MyTramitesFacade facade;
  @Inject private TramiteCatalogFacade catalog;

  private String code;
  private String name;
  private OfficeView office;
  private List<LocalDate> days = List.of();
  private LocalDate day;
  private List<SlotView> slots = List.of();
  private String slot;
  private List<CitaView> mine = List.of();

  public void load() throws IOException {
    if (office != null) {
      return;
    }
    try {
      name = catalog.info(code).definition().name();
      office = facade.officeOf(code);
      days = facade.appointmentDays(code);
    } catch (BusinessRuleException e) {
      TramitesFaces.notFound();
      return;
    }
    mine = facade.myAppointments();
  }

  public void pickDay() {
    slot = null;
    try {
      slots = day == null ? List.of() : facade.appointmentSlots(code, day);
    } catch (BusinessRuleException e) {
      slots = List.of();
      Messages.error(e, "cita:");
    }
  }

  public void book() {
    try {
      CitaView c = facade.book(code, day, slot);
      Messages.info("tramites.citaReservada", c.folio(), DAY.format(c.day()), c.slot());
      mine = facade.myAppointments();
      pickDay();
    } catch (BusinessRuleException e) {
      Messages.error(e, "cita:");
    }
  }

  public void cancel(String folio) {
    try {
      facade.cancelAppointment(folio);
      Messages.info("tramites.citaCancelada", folio);
      mine = facade.myAppointments();
      pickDay();
    } catch (BusinessRuleException e) {
      Messages.error(e, "mis-citas:");
    }
  }

  public String label(LocalDate d) {
    return DAY.format(d);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getName() {
    return name;
  }

  public OfficeView getOffice() {
    return office;
  }

  public List<LocalDate> getDays() {
    return days;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate v) {
    day = v;
  }

  public List<SlotView> getSlots() {
    return slots;
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String v) {
    slot = v;
  }

  public List<CitaView> getMine() {
    return mine;
  }
}
