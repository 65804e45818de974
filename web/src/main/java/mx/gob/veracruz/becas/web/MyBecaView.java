package mx.gob.veracruz.becas.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.becas.ApplicationRow;
import mx.gob.veracruz.becas.ApplicationView;
import mx.gob.veracruz.becas.MyBecasFacade;
import mx.gob.veracruz.cobros.Bank;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Downloads;
import mx.gob.veracruz.common.web.Messages;
import org.primefaces.model.StreamedContent;

/**
 * Her application: where it stands and why (each rule's check), her place, payments, the history;
 * withdraw before the decision, ask for a new CLABE, pay a refund by card or bank slip.
 */
@Named
@ViewScoped
public class MyBecaView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "mi-beca:";

  @Inject private MyBecasFacade mine;

  private String folio;
  private ApplicationView view;
  private String newClabe;
  private String reason;
  private String bank;

  public void load() throws IOException {
    if (view != null) {
      return;
    }
    try {
      view = folio == null ? null : mine.mine(folio);
    } catch (BusinessRuleException e) {
      view = null;
    }
    if (view == null) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "No encontrado");
      fc.responseComplete();
    }
  }

  public List<ApplicationRow> getMine() {
    return mine.mine();
  }

  public void withdraw() {
    try {
      view = mine.withdraw(folio);
      Messages.info("becas.cancelada", folio);
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
    }
  }

  public void requestChange() {
    try {
      view = mine.requestChange(folio, newClabe, reason);
      newClabe = null;
      reason = null;
      Messages.info("becas.cambioSolicitado");
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
    }
  }

  public void payRefund(String cobro) throws IOException {
    try {
      String url = mine.payRefundByCard(folio, cobro);
      FacesContext.getCurrentInstance().getExternalContext().redirect(url);
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
    }
  }

  public StreamedContent slip(String cobro) {
    try {
      return Downloads.file(
          mine.refundSlipPdf(folio, cobro, bank), "ficha-" + cobro + ".pdf", "application/pdf");
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
      return null;
    }
  }

  public List<Bank> getBanks() {
    return mine.refundBanks();
  }

  public boolean isChangeable() {
    return view != null
        && List.of("BENEFICIARIA", "SUSPENDIDA", "VALIDADA", "PRESENTADA", "NO_SELECCIONADA")
            .contains(view.status())
        && view.changes().stream().noneMatch(c -> "PENDIENTE".equals(c.status()));
  }

  public boolean isWithdrawable() {
    return view != null && List.of("PRESENTADA", "VALIDADA").contains(view.status());
  }

  public ApplicationView getView() {
    return view;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String v) {
    folio = v;
  }

  public String getNewClabe() {
    return newClabe;
  }

  public void setNewClabe(String v) {
    newClabe = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String v) {
    bank = v;
  }
}
