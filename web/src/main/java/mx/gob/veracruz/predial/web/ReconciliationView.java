package mx.gob.veracruz.predial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Labels;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.predial.PredialFacade;
import mx.gob.veracruz.predial.ReconciliationFacade;
import mx.gob.veracruz.predial.ReconciliationLine;
import mx.gob.veracruz.predial.ReconciliationReportRow;
import mx.gob.veracruz.predial.ReconciliationSummary;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * Bank reconciliation: settlement files into the landing folder, the reconciliation job on demand
 * with its progress, results per file (lines paged in the database), the exceptions queue (a
 * request, then another person's approval) and the daily report (PDF, XLSX).
 */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Roles of ReconciliationFacade.upload. */
  static final List<String> UPLOADERS = List.of(Roles.ADMIN, Roles.FINANZAS);

  @Inject private ReconciliationFacade facade;
  @Inject private PredialFacade predios;
  @Inject private JobControl jobs;
  @Inject private ReconciliationLabels labels;

  private LocalDate date = PredialFaces.today().minusDays(1);
  private boolean allDates;
  private List<String> landed;
  private final ReconciliationProgress progress = new ReconciliationProgress();
  private List<ReconciliationSummary> summaries;
  private ReconciliationSummary selected;
  private List<ReconciliationReportRow> report;
  private List<mx.gob.veracruz.predial.ReconciliationAlert> alerts = List.of();
  private final ShownList<ReconciliationSummary> summaryList =
      new ShownList<>(
          "conciliacion-archivos",
          () -> summaries == null ? List.of() : summaries,
          List.of(
              ExportColumn.text("predial.conciliacion.archivo", ReconciliationSummary::fileName),
              ExportColumn.text("predial.banco", ReconciliationSummary::bank),
              ExportColumn.text(
                  "predial.estatus", s -> Labels.label("predial.archivo.estado.", s.status())),
              ExportColumn.integer("predial.conciliacion.lineas", ReconciliationSummary::lines),
              ExportColumn.money("predial.conciliacion.total", ReconciliationSummary::total),
              ExportColumn.text("predial.conciliacion.porResultado", ReconciliationView::byOutcome),
              ExportColumn.text(
                  "predial.conciliacion.cuadra",
                  s -> Messages.text(s.balanced() ? "comun.si" : "comun.no"))));
  private final ShownList<mx.gob.veracruz.predial.ReconciliationAlert> alertList =
      new ShownList<>(
          "conciliacion-alertas",
          () -> alerts,
          List.of(
              ExportColumn.text(
                  "predial.conciliacion.archivo",
                  mx.gob.veracruz.predial.ReconciliationAlert::fileName),
              ExportColumn.id(
                  "predial.conciliacion.referencia",
                  mx.gob.veracruz.predial.ReconciliationAlert::externalKey),
              ExportColumn.money(
                  "predial.importe", mx.gob.veracruz.predial.ReconciliationAlert::amount),
              ExportColumn.dateTime(
                  "predial.conciliacion.pagado",
                  mx.gob.veracruz.predial.ReconciliationAlert::paidAt),
              ExportColumn.text(
                  "predial.conciliacion.motivo",
                  mx.gob.veracruz.predial.ReconciliationAlert::detail)));
  private ReconciliationResolutionForm resolution =
      new ReconciliationResolutionForm(null, java.util.List.of());
  private final PagedModel<ReconciliationLine> fileLines =
      new PagedModel<ReconciliationLine>(
              p ->
                  selected == null
                      ? List.of()
                      : facade.lines(date, selected.archivoId(), null, p.first(), p.size()),
              () -> selected == null ? 0 : facade.countLines(date, selected.archivoId(), null),
              ReconciliationLine::id,
              true)
          .exportable(
              "conciliacion-lineas",
              (order, sink) ->
                  selected == null ? 0 : facade.exportLines(date, selected.archivoId(), sink),
              List.of(
                  ExportColumn.integer("predial.conciliacion.linea", ReconciliationLine::lineNo),
                  ExportColumn.id("predial.formato.referencia", ReconciliationLine::reference),
                  ExportColumn.money("predial.importe", ReconciliationLine::amount),
                  ExportColumn.dateTime("predial.conciliacion.pagado", ReconciliationLine::paidAt),
                  ExportColumn.id(
                      "predial.conciliacion.autorizacion", ReconciliationLine::authorization),
                  ExportColumn.text(
                      "predial.conciliacion.resultado", ReconciliationView::outcomeLabel),
                  ExportColumn.text("predial.conciliacion.detalle", ReconciliationLine::detail)));
  private final PagedModel<ReconciliationLine> exceptions =
      new PagedModel<ReconciliationLine>(
              p -> facade.openExceptions(allDates ? null : date, p.first(), p.size()),
              () -> facade.countOpenExceptions(allDates ? null : date),
              ReconciliationLine::id,
              true)
          .exportable(
              "conciliacion-excepciones",
              (order, sink) -> facade.exportOpenExceptions(allDates ? null : date, sink),
              List.of(
                  ExportColumn.text("predial.conciliacion.archivo", ReconciliationLine::fileName),
                  ExportColumn.integer("predial.conciliacion.linea", ReconciliationLine::lineNo),
                  ExportColumn.id("predial.formato.referencia", ReconciliationLine::reference),
                  ExportColumn.money("predial.importe", ReconciliationLine::amount),
                  ExportColumn.text(
                      "predial.conciliacion.resultado", ReconciliationView::outcomeLabel),
                  ExportColumn.text("predial.motivo", ReconciliationLine::detail),
                  ExportColumn.text(
                      "predial.conciliacion.solicitud",
                      l ->
                          l.resolution() == null
                              ? null
                              : Labels.label("predial.conciliacion.accion.", l.resolution())
                                  + " · "
                                  + l.requestedBy())));

  @PostConstruct
  void init() {
    landed = facade.landed();
    progress.open(
        jobs, facade, date); // perhaps the nightly run, still going: its counts of the page's date
    loadResults();
  }

  public void upload(FileUploadEvent event) {
    try {
      String saved = facade.upload(event.getFile().getFileName(), event.getFile().getContent());
      PredialFaces.info("predial.conciliacion.cargado", saved);
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "files-form:");
    }
    landed = facade.landed();
  }

  public void start() {
    try {
      PredialFaces.info(
          "predial.conciliacion.iniciada", String.valueOf(progress.start(jobs, facade, date)));
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "files-form:");
    }
  }

  public void stop() {
    if (progress.stop(jobs)) {
      PredialFaces.info("predial.conciliacion.deteniendo");
    } else {
      PredialFaces.warn("predial.conciliacion.noDetenida");
    }
    poll();
  }

  public void restart() {
    Long id = progress.restart(jobs);
    if (id != null) {
      PredialFaces.info("predial.conciliacion.reiniciada", String.valueOf(id));
    } else {
      PredialFaces.warn("predial.conciliacion.noReiniciada");
    }
    poll();
  }

  /**
   * Every 2 s while the followed execution runs; when it ends, the day's results are read again.
   */
  public void poll() {
    if (progress.refresh(jobs, facade)) {
      landed = facade.landed();
      loadResults();
      PrimeFaces.current()
          .ajax()
          .update(
              "files-form:landed-files",
              "files-form:start-reconciliation",
              "results-form",
              "exceptions-form",
              "report-form");
    }
  }

  /** A new date: its files, lines, exceptions and report, from the first page. */
  public void changeDate() {
    selected = null;
    loadResults();
    firstPage("exceptions-form:exceptions");
  }

  private void loadResults() {
    summaries = date == null ? List.of() : facade.byDate(date);
    report = date == null ? List.of() : facade.report(date);
    alerts = date == null ? List.of() : facade.alerts(date);
    summaryList.refresh();
    alertList.refresh();
    Long id = selected == null ? null : selected.archivoId();
    selected = summaries.stream().filter(s -> s.archivoId().equals(id)).findFirst().orElse(null);
  }

  public void selectFile() {
    firstPage("results-form:file-lines");
  }

  public void filterExceptions() {
    firstPage("exceptions-form:exceptions");
  }

  private static void firstPage(String clientId) {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc.getViewRoot().findComponent(":" + clientId) instanceof UIData table) {
      table.setFirst(0);
    }
  }

  public void prepareResolution(ReconciliationLine line) {
    resolution = new ReconciliationResolutionForm(line, facade.suggestions(line.id()));
  }

  public void resolve() {
    try {
      Long predioId = resolution.isApply() ? predios.idOf(resolution.getClaveCatastral()) : null;
      ReconciliationLine l =
          facade.requestResolution(
              resolution.getLine().id(), resolution.getAction(), predioId, resolution.getNote());
      PredialFaces.info(
          "predial.conciliacion.solicitada", String.valueOf(l.lineNo()), l.fileName());
      PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "resolve-form:");
    }
  }

  /**
   * A supervisor other than the requester approves (the resolution is carried out) or rejects it.
   */
  public void decide(ReconciliationLine line, boolean approve) {
    try {
      ReconciliationLine l = facade.approveResolution(line.id(), approve);
      PredialFaces.info(
          approve ? "predial.conciliacion.aprobada" : "predial.conciliacion.rechazada",
          String.valueOf(l.lineNo()),
          l.fileName());
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "exceptions-form:");
    }
  }

  public StreamedContent reportPdf() {
    return PredialFaces.pdf(facade.reportPdf(date), "conciliacion-" + date);
  }

  public StreamedContent reportXlsx() {
    return ReconciliationReportXlsx.of(date, report, labels::outcome);
  }

  public long getReportLines() {
    return report.stream().mapToLong(ReconciliationReportRow::lines).sum();
  }

  public BigDecimal getReportTotal() {
    return report.stream()
        .map(ReconciliationReportRow::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** Upload: ReconciliationFacade.upload's roles. */
  public boolean isUploader() {
    return PredialFaces.inAnyRole(UPLOADERS);
  }

  /** Start, stop, restart and request resolutions: the finance roles (an auditor only reads). */
  public boolean isOperator() {
    return PredialFaces.inAnyRole(PredialFaces.FINANCE);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public boolean isAllDates() {
    return allDates;
  }

  public void setAllDates(boolean allDates) {
    this.allDates = allDates;
  }

  public List<String> getLanded() {
    return landed;
  }

  public ReconciliationProgress getProgress() {
    return progress;
  }

  public List<ReconciliationSummary> getSummaries() {
    return summaries;
  }

  public ReconciliationSummary getSelected() {
    return selected;
  }

  public void setSelected(ReconciliationSummary selected) {
    this.selected = selected;
  }

  public List<ReconciliationReportRow> getReport() {
    return report;
  }

  /** "Aplicado: 3 · $1,234.00; Sobrepago: 1 · $10.00": the per-outcome cell, as on screen. */
  static String byOutcome(ReconciliationSummary s) {
    StringBuilder text = new StringBuilder();
    s.countByOutcome()
        .forEach(
            (outcome, count) -> {
              if (!text.isEmpty()) {
                text.append("; ");
              }
              text.append(Labels.label("predial.conciliacion.resultado.", outcome))
                  .append(": ")
                  .append(count)
                  .append(" · ")
                  .append(MoneyConverter.format(s.amountByOutcome().get(outcome)));
            });
    return text.toString();
  }

  public ShownList<ReconciliationSummary> getSummaryList() {
    return summaryList;
  }

  public ShownList<mx.gob.veracruz.predial.ReconciliationAlert> getAlertList() {
    return alertList;
  }

  public List<mx.gob.veracruz.predial.ReconciliationAlert> getAlerts() {
    return alerts;
  }

  public ReconciliationResolutionForm getResolution() {
    return resolution;
  }

  public PagedModel<ReconciliationLine> getFileLines() {
    return fileLines;
  }

  public PagedModel<ReconciliationLine> getExceptions() {
    return exceptions;
  }

  private static String outcomeLabel(ReconciliationLine l) {
    return Labels.label(
        "predial.conciliacion.resultado.", l.outcome() == null ? "PENDIENTE" : l.outcome());
  }
}
