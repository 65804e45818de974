package mx.gob.veracruz.predial.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.ChargeStart;
import mx.gob.veracruz.predial.PaymentView;
import mx.gob.veracruz.predial.PortalAccess;
import mx.gob.veracruz.predial.PredialPortalFacade;
import mx.gob.veracruz.predial.SlipView;
import mx.gob.veracruz.predial.Statement;
import org.primefaces.model.StreamedContent;

/**
 * The citizen's property-tax page: proves knowledge of the predio (clave + an owner's CURP or a
 * receipt folio), then shows the statement and pays by card, by bank slip, and lists receipts. The
 * access token lives only in this view (never in a URL).
 */
@Named
@ViewScoped
public class PortalPredialView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where pago.xhtml finds the token after the gateway sends the citizen back. */
  static final String SESSION_TOKEN = "predial.portal.token";

  /**
   * The look-up survives the trip to the gateway: its signed 30-minute token (no personal data) in
   * an HttpOnly, Secure cookie limited to /predial. The session does not survive it: the browser
   * withholds the SameSite=Strict session cookie on the gateway's redirect back, and the return
   * page starts a new session. "Volver a la consulta" then reopens the predio from this cookie.
   */
  static final String COOKIE = "predial_consulta";

  @Inject private PredialPortalFacade portal;
  @Inject private ExternalContext external;

  private String clave;
  private String verificacion;
  private String token;
  private Statement statement;
  private List<PaymentView> receipts = List.of();
  private List<SelectItem> banks = List.of();
  private String bank;
  private SlipView slip;

  /**
   * One online charge per consulted predio: a double click or a retried request finds the same
   * charge.
   */
  private String chargeKey;

  @jakarta.annotation.PostConstruct
  void restore() {
    Object c = external.getRequestCookieMap().get(COOKIE);
    if (c instanceof jakarta.servlet.http.Cookie cookie && cookie.getValue() != null) {
      try {
        token = cookie.getValue();
        statement = portal.statement(token);
        chargeKey = UUID.randomUUID().toString();
        receipts = portal.receipts(token);
        banks = PredialFaces.bankItems(portal.banks());
      } catch (BusinessRuleException e) {
        reset(); // expired or forged: the citizen types the clave again
      }
    }
  }

  private void remember(String value, int maxAgeSeconds) {
    external.addResponseCookie(
        COOKIE,
        value,
        java.util.Map.of(
            "path",
            external.getRequestContextPath() + "/predial",
            "maxAge",
            maxAgeSeconds,
            "httpOnly",
            true,
            "secure",
            true));
  }

  public void lookup() {
    try {
      PortalAccess access = portal.lookup(clave, verificacion);
      token = access.token();
      remember(token, 30 * 60);
      chargeKey = UUID.randomUUID().toString();
      statement = access.statement();
      receipts = portal.receipts(token);
      banks = PredialFaces.bankItems(portal.banks());
      slip = null;
    } catch (BusinessRuleException e) {
      reset();
      PredialFaces.error(e, "lookup-form:");
    }
  }

  public void payOnline() throws IOException {
    try {
      // The gateway returns the payer to the portal's public address (never one built from the
      // request's Host).
      ChargeStart charge = portal.startCharge(token, chargeKey, null);
      external.getSessionMap().put(SESSION_TOKEN, token);
      external.redirect(charge.checkoutUrl());
    } catch (BusinessRuleException e) {
      expiredOr(e);
    }
  }

  public void issueSlip() {
    try {
      slip = portal.issueSlip(token, bank);
      PredialFaces.info("predial.formato.emitido", slip.reference());
    } catch (BusinessRuleException e) {
      expiredOr(e);
    }
  }

  public StreamedContent slipPdf() {
    try {
      return PredialFaces.pdf(
          portal.slipPdf(token, slip.reference()), "formato-" + slip.reference());
    } catch (BusinessRuleException e) {
      expiredOr(e);
      return null;
    }
  }

  public StreamedContent receiptPdf(String folio) {
    try {
      return PredialFaces.pdf(portal.receiptPdf(token, folio), "recibo-" + folio);
    } catch (BusinessRuleException e) {
      expiredOr(e);
      return null;
    }
  }

  /** Starts over: the citizen types the clave again. */
  public void reset() {
    if (token != null) {
      remember("", 0);
    }
    token = null;
    statement = null;
    receipts = List.of();
    slip = null;
  }

  private void expiredOr(BusinessRuleException e) {
    if ("acceso-vencido".equals(e.getCode())) {
      reset();
    }
    PredialFaces.error(e, "account-form:");
  }

  public boolean isPayable() {
    return statement != null && statement.total().signum() > 0;
  }

  public String getClave() {
    return clave;
  }

  public void setClave(String clave) {
    this.clave = clave;
  }

  public String getVerificacion() {
    return verificacion;
  }

  public void setVerificacion(String verificacion) {
    this.verificacion = verificacion;
  }

  public Statement getStatement() {
    return statement;
  }

  public List<PaymentView> getReceipts() {
    return receipts;
  }

  public List<SelectItem> getBanks() {
    return banks;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public SlipView getSlip() {
    return slip;
  }
}
