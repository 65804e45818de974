package mx.gob.veracruz.predial.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.ChargeStatus;
import mx.gob.veracruz.predial.PredialPortalFacade;
import org.primefaces.model.StreamedContent;

/**
 * Where the gateway sends the citizen back ({@code ?charge=}). The URL proves nothing: the page
 * shows our own record of the charge, which only the gateway's signed callback moves to PAGADO or
 * RECHAZADO, and polls until it does. The token comes from the HTTP session (put there by
 * consulta.xhtml before leaving for the gateway), so only who started the charge sees it.
 */
@Named
@ViewScoped
public class PortalPaymentView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PAID = "PAGADO";
  static final String DECLINED = "RECHAZADO";

  @Inject private PredialPortalFacade portal;
  @Inject private ExternalContext external;

  private String charge;
  private String token;
  private ChargeStatus status;
  private String error;

  public void load() {
    token = external.getSessionMap().get(PortalPredialView.SESSION_TOKEN) instanceof String t ? t : null;
    if (token == null) {
      error = "predial.pago.sinConsulta";
      return;
    }
    refresh();
  }

  public void refresh() {
    if (isFinished()) {
      return;
    }
    try {
      status = portal.chargeStatus(token, charge);
    } catch (BusinessRuleException e) {
      error = "acceso-vencido".equals(e.getCode()) ? "predial.pago.sinConsulta" : "predial.pago.noEncontrado";
    }
  }

  public StreamedContent receiptPdf() {
    try {
      return PredialFaces.pdf(portal.receiptPdf(token, status.receiptFolio()), "recibo-" + status.receiptFolio());
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "");
      return null;
    }
  }

  /** Polling stops once the charge is final or cannot be followed. */
  public boolean isFinished() {
    return error != null || isPaid() || isDeclined();
  }

  public boolean isPaid() {
    return status != null && PAID.equals(status.status()) && status.receiptFolio() != null;
  }

  public boolean isDeclined() {
    return status != null && DECLINED.equals(status.status());
  }

  public boolean isPending() {
    return !isFinished();
  }

  public String getCharge() { return charge; }
  public void setCharge(String charge) { this.charge = charge; }
  public ChargeStatus getStatus() { return status; }
  public String getError() { return error; }
}
