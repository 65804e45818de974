package mx.gob.veracruz.tramites.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.tramites.CitaView;
import mx.gob.veracruz.tramites.ExpedienteFacade;
import mx.gob.veracruz.tramites.OfficeView;

/**
 * An office's appointments of a day, for the clerks at the counter: who comes at what time, and
 * whether they came. A day's list is bounded by the office's slots and seats.
 */
@Named
@ViewScoped
public class OfficeAppointmentsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExpedienteFacade facade;

  private List<OfficeView> offices;
  private String office;
  private LocalDate day = LocalDate.now(CityClock.ZONE);
  private List<CitaView> rows = List.of();

  private final PagedModel<CitaView> model =
      new PagedModel<>(
              page ->
                  rows.subList(
                      Math.min(page.first(), rows.size()),
                      Math.min(page.first() + page.size(), rows.size())),
              () -> rows.size(),
              CitaView::folio,
              true)
          .exportable(
              "citas",
              (order, sink) -> {
                sink.accept(rows);
                return rows.size();
              },
              List.of(
                  ExportColumn.id("tramites.cita.folio", CitaView::folio),
                  ExportColumn.date("tramites.cita.dia", CitaView::day),
                  ExportColumn.text("tramites.cita.hora", CitaView::slot),
                  ExportColumn.text("tramites.solicitante", CitaView::applicantName),
                  ExportColumn.text("tramites.tramite", CitaView::tramiteName),
                  ExportColumn.text("tramites.estado", CitaView::statusLabel)));

  @PostConstruct
  void init() {
    offices = facade.offices();
    if (!offices.isEmpty()) {
      office = offices.get(0).code();
      search();
    }
  }

  public void search() {
    try {
      rows = facade.appointments(office, day);
    } catch (BusinessRuleException e) {
      rows = List.of();
      Messages.error(e, "citas-form:");
    }
  }

  public void mark(String folio, boolean attended) {
    try {
      facade.markAppointment(folio, attended);
      Messages.info(attended ? "tramites.citaAtendida" : "tramites.citaNoAsistio", folio);
      search();
    } catch (BusinessRuleException e) {
      Messages.error(e, "citas-form:");
    }
  }

  public boolean isCanWork() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole(Roles.ADMIN)
        || ext.isUserInRole(Roles.SUPERVISOR)
        || ext.isUserInRole(Roles.CAPTURISTA)
        || ext.isUserInRole(Roles.ATENCION);
  }

  public PagedModel<CitaView> getModel() {
    return model;
  }

  public List<OfficeView> getOffices() {
    return offices;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String v) {
    office = v;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate v) {
    day = v;
  }
}
