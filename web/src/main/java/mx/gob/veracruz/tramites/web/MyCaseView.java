package mx.gob.veracruz.tramites.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.cobros.Bank;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.tramites.CaseView;
import mx.gob.veracruz.tramites.DocumentFile;
import mx.gob.veracruz.tramites.MyTramitesFacade;
import mx.gob.veracruz.tramites.Upload;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * Her case: state and term explained, pay (card or slip), answer a prevención, get the resolution.
 */
@Named
@ViewScoped
public class MyCaseView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MyTramitesFacade facade;

  private String folio;
  private CaseView item;
  private String bank;
  private String answer;
  private String requirement;
  private final List<Upload> uploads = new ArrayList<>();

  public void load() throws IOException {
    try {
      item = folio == null ? null : facade.myCase(folio);
    } catch (BusinessRuleException e) {
      item = null;
    }
    if (item == null) {
      TramitesFaces.notFound();
    }
  }

  private void refresh() {
    item = facade.myCase(folio);
  }

  /**
   * Card: to the gateway's checkout; the payment is applied by its signed notice, never by the
   * return.
   */
  public void payByCard() throws IOException {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(facade.payByCard(folio));
    } catch (BusinessRuleException e) {
      Messages.error(e, "pago:");
    }
  }

  public void slip() {
    try {
      facade.slip(folio, bank);
      refresh();
      Messages.info("tramites.fichaLista");
    } catch (BusinessRuleException e) {
      Messages.error(e, "pago:");
    }
  }

  public StreamedContent getSlipPdf() {
    return mx.gob.veracruz.common.web.Downloads.file(
        facade.slipPdf(folio), "ficha-" + item.cobro().folio() + ".pdf", "application/pdf");
  }

  private mx.gob.veracruz.common.web.CfdiForm cfdi =
      new mx.gob.veracruz.common.web.CfdiForm(null, null);

  public void prepareCfdi() {
    cfdi =
        new mx.gob.veracruz.common.web.CfdiForm(
            folio, item.cobro() == null ? null : item.cobro().cfdiUuid());
  }

  /**
   * Stamps the CFDI of her paid fee with the fiscal data she typed (blank RFC: público en general).
   */
  public void requestCfdi() {
    try {
      facade.cfdi(folio, cfdi.command());
      refresh();
      cfdi.setUuid(item.cobro().cfdiUuid());
      Messages.info("predial.cfdi.timbrado", cfdi.getUuid());
    } catch (BusinessRuleException e) {
      Messages.error(e, "cfdi-form:");
    }
  }

  public mx.gob.veracruz.common.web.CfdiForm getCfdi() {
    return cfdi;
  }

  public StreamedContent getCfdiXml() {
    return mx.gob.veracruz.common.web.Downloads.file(
        facade.cfdi(folio, null).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "cfdi-" + folio + ".xml",
        "application/xml");
  }

  public StreamedContent getReceiptPdf() {
    return mx.gob.veracruz.common.web.Downloads.file(
        facade.receiptPdf(folio),
        "recibo-" + item.cobro().receiptFolio() + ".pdf",
        "application/pdf");
  }

  public StreamedContent getResolutionPdf() {
    DocumentFile f = facade.resolution(folio);
    return mx.gob.veracruz.common.web.Downloads.file(f.bytes(), f.name(), f.type());
  }

  public void upload(FileUploadEvent event) {
    if (requirement == null || requirement.isBlank()) {
      Messages.error(
          new BusinessRuleException(
              "falta-requisito", "requisito", Messages.text("tramites.elegirRequisito")),
          "prevencion:");
      return;
    }
    uploads.add(
        new Upload(requirement, event.getFile().getFileName(), event.getFile().getContent()));
  }

  public List<String> getUploadNames() {
    return uploads.stream().map(u -> u.fileName()).toList();
  }

  public void sendAnswer() {
    try {
      item = facade.answer(folio, answer, List.copyOf(uploads));
      uploads.clear();
      answer = null;
      Messages.info("tramites.respuestaEnviada");
    } catch (BusinessRuleException e) {
      Messages.error(e, "prevencion:");
    }
  }

  public List<Bank> getBanks() {
    return facade.banks();
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public CaseView getItem() {
    return item;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getRequirement() {
    return requirement;
  }

  public void setRequirement(String requirement) {
    this.requirement = requirement;
  }
}
