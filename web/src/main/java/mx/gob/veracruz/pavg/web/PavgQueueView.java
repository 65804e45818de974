package mx.gob.veracruz.pavg.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Labels;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.pavg.CaseQuery;
import mx.gob.veracruz.pavg.CaseSummary;
import mx.gob.veracruz.pavg.PavgCaseFacade;
import mx.gob.veracruz.pavg.PavgCodes;

/**
 * The PAVG queue: a specialist's own cases, a supervisor's every case; clear columns only, paged in
 * the database, red flag (immediate danger) first, the protection-order clock and export.
 */
@Named
@ViewScoped
public class PavgQueueView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PavgCaseFacade facade;

  private String folio;
  private String status;
  private String category;
  private Long coloniaId;
  private LocalDate from;
  private LocalDate to;
  private boolean dangerOnly;
  private boolean overdueOnly;
  private boolean openOnly = true;
  private List<ColoniaInfo> colonias;

  private final PagedModel<CaseSummary> model =
      new PagedModel<>(
              page -> facade.list(query(), page),
              () -> facade.count(query()),
              CaseSummary::id,
              false)
          .exportable(
              "pavg-casos",
              (order, sink) -> facade.export(query(), order, sink),
              List.of(
                  ExportColumn.id("pavg.folio", CaseSummary::folio),
                  ExportColumn.text("pavg.estado", c -> Labels.label("pavg.estado.", c.status())),
                  ExportColumn.text("pavg.canal", c -> Labels.label("pavg.canal.", c.channel())),
                  ExportColumn.text("pavg.tipos", PavgQueueView::types),
                  ExportColumn.text(
                      "pavg.peligro", c -> Messages.text(c.danger() ? "comun.si" : "comun.no")),
                  ExportColumn.text(
                      "pavg.riesgo",
                      c -> c.riskLevel() == null ? "" : Labels.label("pavg.nivel.", c.riskLevel())),
                  ExportColumn.text("pavg.colonia", CaseSummary::colonia),
                  ExportColumn.dateTime("pavg.recibido", CaseSummary::receivedAt),
                  ExportColumn.dateTime("pavg.ordenVence", CaseSummary::protectionDue),
                  ExportColumn.dateTime("pavg.ordenRegistrada", CaseSummary::protectionAt),
                  ExportColumn.text(
                      "pavg.vencido", c -> Messages.text(c.overdue() ? "comun.si" : "comun.no")),
                  ExportColumn.text("pavg.asignadas", CaseSummary::assigned)));

  @PostConstruct
  void init() {
    colonias = facade.colonias();
  }

  CaseQuery query() {
    return new CaseQuery(
        folio, status, category, coloniaId, from, to, dangerOnly, overdueOnly, openOnly);
  }

  /** The case's types of violence, in Spanish, for the table and the export. */
  public static String types(CaseSummary c) {
    return String.join(
        ", ", c.categories().stream().map(t -> Labels.label("pavg.tipo.", t)).toList());
  }

  public String typesOf(CaseSummary c) {
    return types(c);
  }

  public boolean isSupervisor() {
    return facade.isSupervisor();
  }

  public List<String> getStatuses() {
    return PavgCodes.codes(PavgCodes.CaseStatus.class);
  }

  public List<String> getCategories() {
    return PavgCodes.codes(PavgCodes.ViolenceType.class);
  }

  public PagedModel<CaseSummary> getModel() {
    return model;
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

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
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

  public boolean isDangerOnly() {
    return dangerOnly;
  }

  public void setDangerOnly(boolean dangerOnly) {
    this.dangerOnly = dangerOnly;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }
}
