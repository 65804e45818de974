package mx.gob.veracruz.cobros.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.cobros.CobroFilter;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.CobrosFacade;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.CfdiForm;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import org.primefaces.model.StreamedContent;

/** Every module's charges for the treasury: search, paging, export, receipt, pay at the counter. */
@Named
@ViewScoped
public class CobrosView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CobrosFacade facade;

  private String text;
  private String module;
  private String status;
  private LocalDate from;
  private LocalDate to;

  private final PagedModel<CobroView> model =
      new PagedModel<>(
              page -> facade.list(filter(), page),
              () -> facade.count(filter()),
              CobroView::folio,
              false)
          .exportable(
              "cobros",
              (order, sink) -> facade.export(filter(), order, sink),
              List.of(
                  ExportColumn.id("cobros.folio", CobroView::folio),
                  ExportColumn.text(
                      "cobros.modulo", c -> Messages.text("cobros.modulo." + c.module())),
                  ExportColumn.id("cobros.expediente", CobroView::subject),
                  ExportColumn.text("cobros.concepto", CobroView::conceptName),
                  ExportColumn.money("cobros.importe", CobroView::amount),
                  ExportColumn.text(
                      "cobros.estado", c -> Messages.text("cobros.estado." + c.status())),
                  ExportColumn.id("cobros.referencia", CobroView::referencia),
                  ExportColumn.text(
                      "cobros.canal",
                      c -> c.channel() == null ? "" : Messages.text("cobros.canal." + c.channel())),
                  ExportColumn.dateTime("cobros.pagado", CobroView::paidAt),
                  ExportColumn.id("cobros.recibo", CobroView::receiptFolio)));

  CobroFilter filter() {
    return new CobroFilter(text, module, status, from, to);
  }

  public void payAtCounter(String folio) {
    try {
      CobroView v = facade.payAtCounter(folio);
      Messages.info("cobros.cobrado", v.folio(), v.receiptFolio());
    } catch (BusinessRuleException e) {
      Messages.error(e, "cobros-form:");
    }
  }

  public StreamedContent receipt(String folio) {
    return mx.gob.veracruz.common.web.Downloads.file(
        facade.receiptPdf(folio), "recibo-" + folio + ".pdf", "application/pdf");
  }

  private CfdiForm cfdi = new CfdiForm(null, null);

  public void prepareCfdi(CobroView c) {
    cfdi = new CfdiForm(c.folio(), c.cfdiUuid());
  }

  /** Stamps the CFDI with the taxpayer's data; the UUID then shows in the dialog. */
  public void requestCfdi() {
    try {
      cfdi.setUuid(facade.cfdi(cfdi.getFolio(), cfdi.command()).cfdiUuid());
      Messages.info("predial.cfdi.timbrado", cfdi.getUuid());
    } catch (BusinessRuleException e) {
      Messages.error(e, "cfdi-form:");
    }
  }

  public StreamedContent cfdiXml(String folio) {
    return mx.gob.veracruz.common.web.Downloads.file(
        facade.cfdiXml(folio).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "cfdi-" + folio + ".xml",
        "application/xml");
  }

  public CfdiForm getCfdi() {
    return cfdi;
  }

  public boolean isCashier() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole(Roles.ADMIN)
        || ext.isUserInRole(Roles.SUPERVISOR)
        || ext.isUserInRole(Roles.FINANZAS);
  }

  public PagedModel<CobroView> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    text = v;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String v) {
    module = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate v) {
    from = v;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate v) {
    to = v;
  }
}
