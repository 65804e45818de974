package mx.gob.veracruz.becas.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.becas.BecasPagosFacade;
import mx.gob.veracruz.becas.DispersionJob;
import mx.gob.veracruz.becas.DispersionView;
import mx.gob.veracruz.becas.DocumentFile;
import mx.gob.veracruz.becas.OrderRow;
import mx.gob.veracruz.becas.ReturnResult;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.Downloads;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * Disbursement: prepare a dispersion for one payment of a decided call (the job writes its orders
 * and bank file while the page shows its progress), download the file, import the bank's return
 * file, and see each order.
 */
@Named
@ViewScoped
public class DispersionsView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "nueva:";

  @Inject private BecasPagosFacade facade;
  @Inject private JobControl jobs;

  private List<String[]> calls;
  private String call;
  private Integer period;
  private Long execution;
  private JobExecutionSummary running;
  private String selected;
  private DispersionView detail;
  private ReturnResult lastReturn;

  private final PagedModel<DispersionView> model =
      new PagedModel<>(
              page -> facade.dispersions(page.first(), page.size()),
              () -> facade.countDispersions(),
              DispersionView::folio,
              false)
          .exportable(
              "dispersiones",
              (order, sink) ->
                  mx.gob.veracruz.common.Pages.forEach(
                      order, p -> facade.dispersions(p.first(), p.size()), sink),
              List.of(
                  ExportColumn.id("becas.folio", DispersionView::folio),
                  ExportColumn.text("becas.convocatoria", DispersionView::callName),
                  ExportColumn.integer("becas.pago", v -> (long) v.period()),
                  ExportColumn.integer("becas.ordenes", v -> (long) v.orders()),
                  ExportColumn.money("becas.total", DispersionView::total),
                  ExportColumn.integer("becas.abonadas", DispersionView::paid),
                  ExportColumn.integer("becas.rechazadas", DispersionView::rejected),
                  ExportColumn.integer("becas.enBanco", DispersionView::waiting),
                  ExportColumn.text("becas.estado", DispersionView::statusLabel),
                  ExportColumn.dateTime("becas.creada", DispersionView::createdAt)));

  private final PagedModel<OrderRow> orders =
      new PagedModel<>(
              page -> selected == null ? List.of() : facade.orders(selected, page),
              () -> selected == null ? 0 : facade.countOrders(selected),
              OrderRow::folio,
              true)
          .exportable(
              "ordenes",
              (order, sink) -> selected == null ? 0 : facade.exportOrders(selected, order, sink),
              List.of(
                  ExportColumn.id("becas.orden", OrderRow::folio),
                  ExportColumn.id("becas.folio", OrderRow::applicationFolio),
                  ExportColumn.text("becas.beneficiaria.col", OrderRow::beneficiary),
                  ExportColumn.text("becas.clabe", OrderRow::clabeMasked),
                  ExportColumn.money("becas.importe", OrderRow::amount),
                  ExportColumn.text("becas.estado", OrderRow::statusLabel),
                  ExportColumn.text(
                      "becas.motivoBanco", r -> r.bankReason() == null ? "" : r.bankReason())));

  @PostConstruct
  void init() {
    calls = facade.payableCalls();
  }

  public void generate() {
    try {
      if (call == null || call.isBlank()) {
        throw new BusinessRuleException(
            "convocatoria-requerida", "convocatoria", "Elija la convocatoria");
      }
      if (jobs.recent(DispersionJob.NAME, 10).stream().anyMatch(e -> e.end() == null)) {
        throw new BusinessRuleException(
            "dispersion-en-curso", null, "Hay una dispersión generándose: espere a que termine");
      }
      DispersionView d = facade.prepare(call, period);
      execution = jobs.start(new DispersionJob(d.folio()));
      running = jobs.execution(execution);
      select(d.folio());
      Messages.info("becas.dispersionIniciada", d.folio());
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
    }
  }

  public void poll() {
    if (execution != null) {
      running = jobs.execution(execution);
      if (selected != null) {
        detail = facade.dispersion(selected);
      }
    }
  }

  public boolean isInProgress() {
    return running != null && running.end() == null;
  }

  public int getPercent() {
    if (running == null) {
      return 0;
    }
    if (running.end() != null) {
      return 100;
    }
    return running.total() <= 0 ? 0 : (int) Math.min(99, running.done() * 100 / running.total());
  }

  public void select(String folio) {
    selected = folio;
    detail = facade.dispersion(folio);
    lastReturn = null;
  }

  public StreamedContent file() {
    try {
      DocumentFile f = facade.file(selected);
      return Downloads.file(f.content(), f.fileName(), "text/plain;charset=US-ASCII");
    } catch (BusinessRuleException e) {
      Messages.error(e, "detalle:");
      return null;
    }
  }

  public void importReturn(FileUploadEvent event) {
    try {
      lastReturn =
          facade.applyReturn(selected, event.getFile().getFileName(), event.getFile().getContent());
      detail = facade.dispersion(selected);
      Messages.info(
          "becas.retornoAplicado",
          lastReturn.paid(),
          lastReturn.rejected(),
          lastReturn.duplicates());
    } catch (BusinessRuleException e) {
      lastReturn = null;
      Messages.error(e, "detalle:");
    }
  }

  private String annulReason;

  public void annul() {
    try {
      int n = facade.annulUnanswered(selected, annulReason);
      annulReason = null;
      detail = facade.dispersion(selected);
      Messages.info("becas.ordenesAnuladas", n);
    } catch (BusinessRuleException e) {
      Messages.error(e, "detalle:");
    }
  }

  public String getAnnulReason() {
    return annulReason;
  }

  public void setAnnulReason(String v) {
    annulReason = v;
  }

  public boolean isCanAct() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole(Roles.ADMIN) || ext.isUserInRole(Roles.FINANZAS);
  }

  public PagedModel<DispersionView> getModel() {
    return model;
  }

  public PagedModel<OrderRow> getOrders() {
    return orders;
  }

  public List<String[]> getCalls() {
    return calls;
  }

  public String getCall() {
    return call;
  }

  public void setCall(String v) {
    call = v;
  }

  public Integer getPeriod() {
    return period;
  }

  public void setPeriod(Integer v) {
    period = v;
  }

  public JobExecutionSummary getJob() {
    return running;
  }

  public DispersionView getDetail() {
    return detail;
  }

  public ReturnResult getLastReturn() {
    return lastReturn;
  }

  public String getSelected() {
    return selected;
  }
}
