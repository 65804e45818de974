package mx.gob.veracruz.predial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.CashPaymentCommand;
import mx.gob.veracruz.predial.CashSessionView;
import mx.gob.veracruz.predial.PaymentView;
import mx.gob.veracruz.predial.PredialFacade;
import mx.gob.veracruz.predial.PredialPaymentFacade;
import mx.gob.veracruz.predial.Statement;
import org.primefaces.model.StreamedContent;

/**
 * The municipal cashier: open the day, charge a predio (cash or card terminal), print the receipt,
 * cut.
 */
@Named
@ViewScoped
public class CashierView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String CASH = "EFECTIVO";
  static final String CARD = "TARJETA";

  @Inject private PredialFacade predial;
  @Inject private PredialPaymentFacade facade;

  private CashSessionView session;
  private List<PaymentView> sessionPayments = List.of();
  private BigDecimal openingCash;
  private String clave;
  private Statement statement;
  private BigDecimal amount;
  private String method = CASH;
  private String terminalAuthorization;
  private String payerName;
  private String payerRfc;

  /** Idempotency key of this charge form: a repeated submit of the same form cannot post twice. */
  private String ticket = UUID.randomUUID().toString();

  private PaymentView lastPayment;
  private BigDecimal countedCash;
  private String notes;

  /** View action: today's session, and the predio when the page was opened with {@code ?clave=}. */
  public void load() {
    refreshSession();
    if (clave != null && !clave.isBlank() && isOpen()) {
      findPredio();
    }
  }

  public void open() {
    try {
      session = facade.openSession(openingCash);
      PredialFaces.info("predial.caja.abierta");
      if (clave != null && !clave.isBlank()) {
        findPredio(); // opened from a predio's "Cobrar en caja" link
      }
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "open-form:");
    }
  }

  public void findPredio() {
    try {
      statement = predial.statement(predial.idOf(clave), PredialFaces.today());
      clave = statement.claveCatastral();
      amount = statement.total();
      lastPayment = null;
      if (statement.total().signum() <= 0) {
        PredialFaces.warn("predial.caja.sinAdeudo");
      }
    } catch (BusinessRuleException e) {
      statement = null;
      PredialFaces.error(e, "charge-form:");
    }
  }

  public void pay() {
    try {
      String authorization = CARD.equals(method) ? terminalAuthorization : null;
      lastPayment =
          facade.payAtCounter(
              new CashPaymentCommand(
                  statement.claveCatastral(),
                  amount,
                  method,
                  authorization,
                  payerName,
                  payerRfc,
                  ticket));
      ticket = UUID.randomUUID().toString();
      PredialFaces.info("predial.caja.cobrado", lastPayment.folio());
      refreshSession();
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "charge-form:");
    }
  }

  /** Clears the form for the next taxpayer (the ticket was renewed by the payment). */
  public void next() {
    clave = null;
    statement = null;
    amount = null;
    method = CASH;
    terminalAuthorization = null;
    payerName = null;
    payerRfc = null;
    lastPayment = null;
  }

  public StreamedContent receiptPdf(String folio) {
    try {
      return PredialFaces.pdf(facade.receiptPdf(folio), "recibo-" + folio);
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "");
      return null;
    }
  }

  public void close() {
    try {
      session = facade.closeSession(countedCash, notes);
      sessionPayments = facade.sessionPayments(session.id());
      PredialFaces.info("predial.caja.corteHecho", MoneyConverter.format(session.difference()));
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "close-form:");
    }
  }

  private void refreshSession() {
    session = facade.currentSession();
    sessionPayments = session == null ? List.of() : facade.sessionPayments(session.id());
  }

  public boolean isOpen() {
    return session != null && session.closedAt() == null;
  }

  public boolean isCard() {
    return CARD.equals(method);
  }

  public boolean isPayable() {
    return statement != null && statement.total().signum() > 0 && lastPayment == null;
  }

  public CashSessionView getSession() {
    return session;
  }

  public List<PaymentView> getSessionPayments() {
    return sessionPayments;
  }

  public BigDecimal getOpeningCash() {
    return openingCash;
  }

  public void setOpeningCash(BigDecimal openingCash) {
    this.openingCash = openingCash;
  }

  public String getClave() {
    return clave;
  }

  public void setClave(String clave) {
    this.clave = clave;
  }

  public Statement getStatement() {
    return statement;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getTerminalAuthorization() {
    return terminalAuthorization;
  }

  public void setTerminalAuthorization(String v) {
    this.terminalAuthorization = v;
  }

  public String getPayerName() {
    return payerName;
  }

  public void setPayerName(String payerName) {
    this.payerName = payerName;
  }

  public String getPayerRfc() {
    return payerRfc;
  }

  public void setPayerRfc(String payerRfc) {
    this.payerRfc = payerRfc;
  }

  public PaymentView getLastPayment() {
    return lastPayment;
  }

  public BigDecimal getCountedCash() {
    return countedCash;
  }

  public void setCountedCash(BigDecimal countedCash) {
    this.countedCash = countedCash;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
