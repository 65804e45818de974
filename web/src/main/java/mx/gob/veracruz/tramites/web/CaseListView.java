package mx.gob.veracruz.tramites.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.tramites.CaseFilter;
import mx.gob.veracruz.tramites.CaseRow;
import mx.gob.veracruz.tramites.ExpedienteFacade;

/** The office's case list: filters, paging in the database, CSV/XLSX of the filtered list. */
@Named
@ViewScoped
public class CaseListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExpedienteFacade facade;

  private String folio;
  private String tramite;
  private String status;
  private boolean overdue;
  private List<String[]> tramites;
  private List<String[]> statuses;

  private final PagedModel<CaseRow> model =
      new PagedModel<>(
              page -> facade.list(filter(), page),
              () -> facade.count(filter()),
              CaseRow::folio,
              false)
          .exportable(
              "expedientes",
              (order, sink) -> facade.export(filter(), order, sink),
              List.of(
                  ExportColumn.id("tramites.folio", CaseRow::folio),
                  ExportColumn.text("tramites.tramite", CaseRow::tramiteName),
                  ExportColumn.text("tramites.solicitante", CaseRow::applicantName),
                  ExportColumn.text("tramites.estado", CaseRow::statusLabel),
                  ExportColumn.dateTime("tramites.presentada", CaseRow::filedAt),
                  ExportColumn.date("tramites.vence", CaseRow::dueDate),
                  ExportColumn.text(
                      "tramites.vencido",
                      r -> Messages.text(r.overdue() ? "comun.si" : "comun.no"))));

  @PostConstruct
  void init() {
    tramites = facade.tramites();
    statuses = facade.statuses();
  }

  CaseFilter filter() {
    return new CaseFilter(folio, tramite, status, overdue);
  }

  public PagedModel<CaseRow> getModel() {
    return model;
  }

  public List<String[]> getTramites() {
    return tramites;
  }

  public List<String[]> getStatuses() {
    return statuses;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getTramite() {
    return tramite;
  }

  public void setTramite(String tramite) {
    this.tramite = tramite;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
