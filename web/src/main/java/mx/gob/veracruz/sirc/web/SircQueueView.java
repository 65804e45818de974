package mx.gob.veracruz.sirc.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Labels;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.sirc.ReportQuery;
import mx.gob.veracruz.sirc.ReportSummary;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SircFacade;

/**
 * A department's report queue: filters (folio, service, state, colonia, dates, open, overdue,
 * mine), sorted by age or due date and paged in the database, export, and bulk assignment.
 */
@Named
@ViewScoped
public class SircQueueView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircFacade facade;
  @Inject private mx.gob.veracruz.common.web.Dependencias dependencias;
  @Inject private mx.gob.veracruz.sirc.SircPublicFacade publicFacade;
  @Inject private ExternalContext external;

  private String folio;
  private String serviceCode;
  private String status;
  private Long coloniaId;
  private LocalDate from;
  private LocalDate to;
  private boolean openOnly = true;
  private boolean overdueOnly;
  private boolean mine;
  private String assignee;
  private List<ReportSummary> selection = new ArrayList<>();
  private List<ServiceView> services;
  private List<ColoniaInfo> colonias;

  private final PagedModel<ReportSummary> model =
      new PagedModel<>(
              page -> facade.list(query(), page),
              () -> facade.count(query()),
              ReportSummary::id,
              true)
          .exportable(
              "reportes",
              (order, sink) -> facade.export(query(), order, sink),
              List.of(
                  ExportColumn.id("sirc.folio", ReportSummary::folio),
                  ExportColumn.text("sirc.servicio", ReportSummary::serviceName),
                  ExportColumn.text("sirc.estado", r -> Labels.label("sirc.estado.", r.status())),
                  ExportColumn.text("sirc.canal", r -> Labels.label("sirc.canal.", r.channel())),
                  ExportColumn.text("sirc.colonia", ReportSummary::colonia),
                  ExportColumn.text("sirc.dependencia", r -> dependencias.name(r.dependencia())),
                  ExportColumn.text("sirc.responsable", ReportSummary::assignee),
                  ExportColumn.dateTime("sirc.recibido", ReportSummary::requestedAt),
                  ExportColumn.dateTime("sirc.vence", ReportSummary::expectedAt),
                  ExportColumn.text(
                      "sirc.vencido", r -> Messages.text(r.overdue() ? "comun.si" : "comun.no"))));

  @PostConstruct
  void init() {
    services = facade.services();
    colonias = facade.colonias();
  }

  ReportQuery query() {
    return new ReportQuery(
        folio,
        serviceCode,
        status,
        null,
        mine ? external.getRemoteUser() : null,
        coloniaId,
        from,
        to,
        openOnly,
        overdueOnly);
  }

  /** Assigns every selected report to one person or crew (each transition checked). */
  public void assignSelected() {
    if (selection == null || selection.isEmpty()) {
      Messages.error(
          new BusinessRuleException(
              "sin-seleccion", null, Messages.text("sirc.seleccioneReportes")),
          "queue-form:");
      return;
    }
    try {
      int n = facade.assignAll(selection.stream().map(ReportSummary::id).toList(), assignee);
      Messages.info("sirc.asignados", n, assignee);
      selection = new ArrayList<>();
      assignee = null;
    } catch (BusinessRuleException e) {
      Messages.error(e, "queue-form:");
    }
  }

  public boolean isClerk() {
    return external.isUserInRole(Roles.CAPTURISTA)
        || external.isUserInRole(Roles.SUPERVISOR)
        || external.isUserInRole(Roles.ADMIN);
  }

  /** {@code ?todos=1}: every state, not only the open reports (the dashboards' drill-down). */
  public String getAll() {
    return openOnly ? null : "1";
  }

  public void setAll(String all) {
    if ("1".equals(all)) {
      openOnly = false;
    }
  }

  public List<String> getStatuses() {
    return publicFacade.statusCodes();
  }

  public PagedModel<ReportSummary> getModel() {
    return model;
  }

  public List<ServiceView> getServices() {
    return services;
  }

  public List<ColoniaInfo> getColonias() {
    return colonias;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public List<ReportSummary> getSelection() {
    return selection;
  }

  public void setSelection(List<ReportSummary> selection) {
    this.selection = selection;
  }
}
