package mx.gob.veracruz.common.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.DueDateResult;
import mx.gob.veracruz.common.NonWorkingDay;

/** Días inhábiles of the municipality (editable) and a due-date calculator that explains itself. */
@Named
@ViewScoped
public class CalendarView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CalendarFacade facade;
  @Inject private CityClock clock;

  private int year;
  private final ShownList<NonWorkingDay> days =
      new ShownList<>(
          "dias-inhabiles",
          () -> facade.municipalDays(year),
          List.of(
              ExportColumn.date("calendario.fecha", NonWorkingDay::date),
              ExportColumn.text("calendario.motivo", NonWorkingDay::reason)));
  private LocalDate newDate;
  private String newReason;
  private LocalDate start;
  private int businessDays = 10;
  private DueDateResult result;

  @PostConstruct
  void init() {
    start = clock.today();
    year = start.getYear();
    reload();
  }

  public void reload() {
    days.refresh();
  }

  public void add() {
    try {
      facade.addMunicipalDay(newDate, newReason);
      newDate = null;
      newReason = null;
      Messages.info("calendario.agregado");
      reload();
    } catch (BusinessRuleException e) {
      Messages.error(e, "calendar-form:");
    }
  }

  public void remove(Long id) {
    facade.removeMunicipalDay(id);
    Messages.info("calendario.eliminado");
    reload();
  }

  public void compute() {
    try {
      result = facade.dueDate(start, businessDays);
    } catch (BusinessRuleException e) {
      Messages.error(e, "due-form:");
    }
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public ShownList<NonWorkingDay> getDays() {
    return days;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public void setNewDate(LocalDate newDate) {
    this.newDate = newDate;
  }

  public String getNewReason() {
    return newReason;
  }

  public void setNewReason(String newReason) {
    this.newReason = newReason;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public int getBusinessDays() {
    return businessDays;
  }

  public void setBusinessDays(int businessDays) {
    this.businessDays = businessDays;
  }

  public DueDateResult getResult() {
    return result;
  }
}
