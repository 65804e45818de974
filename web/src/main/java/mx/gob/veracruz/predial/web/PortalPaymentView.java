package mx.gob.veracruz.predial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.ChargeStatus;
import mx.gob.veracruz.predial.PredialPortalFacade;

/**
 * Where the gateway sends the citizen back ({@code ?charge=}). The URL proves nothing: the page
 * shows our own record of the charge, which only the gateway's signed callback moves to PAGADO or
 * RECHAZADO, and polls until it does. It follows the charge by the gateway's random charge id: the
 * SameSite=Strict session cookie is not sent on the redirect back from the gateway's site. The
 * charge id travels in URLs (history, logs), so it shows the state only: the receipt and anything
 * personal need the portal's own look-up (its 30-minute token).
 */
@Named
@ViewScoped
public class PortalPaymentView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PAID = "PAGADO";
  static final String DECLINED = "RECHAZADO";

  @Inject private PredialPortalFacade portal;

  private String charge;
  private ChargeStatus status;
  private String error;

  public void load() {
    refresh();
  }

  public void refresh() {
    if (isFinished()) {
      return;
    }
    try {
      status = portal.chargeStatusOnReturn(charge);
    } catch (BusinessRuleException e) {
      error = "predial.pago.noEncontrado";
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

  public String getCharge() {
    return charge;
  }

  public void setCharge(String charge) {
    this.charge = charge;
  }

  public ChargeStatus getStatus() {
    return status;
  }

  public String getError() {
    return error;
  }
}
