package mx.gob.veracruz.predial.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.CfdiForm;
import mx.gob.veracruz.predial.PaymentView;
import mx.gob.veracruz.predial.PredialFacade;
import mx.gob.veracruz.predial.PredialPaymentFacade;
import mx.gob.veracruz.predial.PredioDetail;
import mx.gob.veracruz.predial.SlipView;
import mx.gob.veracruz.predial.Statement;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * A predio: statement as of a date, owners, valuations, payments (receipt, CFDI, cancellation),
 * slips, 50 % discount.
 */
@Named
@ViewScoped
public class PredioView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> CITIZEN_READERS =
      List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION);

  @Inject private PredialFacade facade;
  @Inject private PredialPaymentFacade payments;
  @Inject private ExternalContext external;

  private Long id;
  private PredioDetail predio;
  private LocalDate asOf = PredialFaces.today();
  private Statement statement;
  private List<PaymentView> paymentList;
  private List<SlipView> slips;
  private List<SelectItem> banks;
  private String bank;
  private SlipView lastSlip;
  private CfdiForm cfdi = new CfdiForm(null, null);
  private ReasonForm<String> cancel = new ReasonForm<>(null, null);
  private BenefitForm benefit = new BenefitForm();
  private ReasonForm<Long> revoke = new ReasonForm<>(null, null);

  public void load() throws IOException {
    try {
      predio = facade.find(id);
    } catch (BusinessRuleException e) {
      external.responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    recalculate();
    paymentList = facade.payments(id);
    slips = facade.slips(id);
    banks = PredialFaces.bankItems(payments.banks());
  }

  public void recalculate() {
    try {
      statement = facade.statement(id, asOf == null ? PredialFaces.today() : asOf);
    } catch (BusinessRuleException e) {
      statement = null;
      PredialFaces.error(e, "tabs:statement-form:");
    }
  }

  public void issueSlip() {
    try {
      lastSlip = payments.issueSlip(id, bank);
      slips = facade.slips(id);
      PredialFaces.info("predial.formato.emitido", lastSlip.reference());
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "tabs:statement-form:");
    }
  }

  public StreamedContent slipPdf(String reference) {
    try {
      return PredialFaces.pdf(payments.slipPdf(reference), "formato-" + reference);
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "");
      return null;
    }
  }

  public StreamedContent receiptPdf(String folio) {
    try {
      return PredialFaces.pdf(payments.receiptPdf(folio), "recibo-" + folio);
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "");
      return null;
    }
  }

  public void prepareCfdi(PaymentView p) {
    cfdi = new CfdiForm(p.folio(), p.cfdiUuid());
  }

  public void requestCfdi() {
    try {
      payments.requestCfdi(cfdi.getFolio(), cfdi.command());
      cfdi.setUuid(payments.payment(cfdi.getFolio()).cfdiUuid());
      paymentList = facade.payments(id);
      PredialFaces.info("predial.cfdi.timbrado", cfdi.getUuid());
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "cfdi-form:");
    }
  }

  public void prepareCancel(PaymentView p) {
    cancel = new ReasonForm<>(p.folio(), p.folio());
  }

  public void requestCancellation() {
    try {
      payments.requestCancellation(cancel.getTarget(), cancel.getReason());
      PredialFaces.info("predial.cancelacion.solicitada", cancel.getTarget());
      PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "cancel-form:");
    }
  }

  public void prepareBenefit() {
    benefit = new BenefitForm();
  }

  public void registerBenefit() {
    try {
      facade.registerBenefit(id, benefit.getCurp(), benefit.getTipo(), benefit.getDocumento());
      reloadBenefits();
      PredialFaces.info("predial.beneficio.registrado");
      PrimeFaces.current().executeScript("PF('benefitDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "benefit-form:");
    }
  }

  public void prepareRevoke(Long benefitId, String curp) {
    revoke = new ReasonForm<>(benefitId, curp);
  }

  public void revokeBenefit() {
    try {
      facade.revokeBenefit(revoke.getTarget(), revoke.getReason());
      reloadBenefits();
      PredialFaces.info("predial.beneficio.revocado");
      PrimeFaces.current().executeScript("PF('revokeDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "revoke-form:");
    }
  }

  /** The discount changes what is owed: the statement is recomputed with it. */
  private void reloadBenefits() {
    predio = facade.find(id);
    recalculate();
  }

  /** CFDI, cancellation requests, discounts and the cashier: PredialPaymentFacade's roles. */
  public boolean isFinance() {
    return PredialFaces.inAnyRole(PredialFaces.FINANCE);
  }

  /** The owners' citizen records open only for the roles of /consola/ciudadanos. */
  public boolean isCitizenReader() {
    return PredialFaces.inAnyRole(CITIZEN_READERS);
  }

  public List<String> getBenefitTypes() {
    return PredialFacade.BENEFIT_TYPES;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PredioDetail getPredio() {
    return predio;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public Statement getStatement() {
    return statement;
  }

  public List<PaymentView> getPayments() {
    return paymentList;
  }

  public List<SlipView> getSlips() {
    return slips;
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

  public SlipView getLastSlip() {
    return lastSlip;
  }

  public CfdiForm getCfdi() {
    return cfdi;
  }

  public ReasonForm<String> getCancel() {
    return cancel;
  }

  public BenefitForm getBenefit() {
    return benefit;
  }

  public ReasonForm<Long> getRevoke() {
    return revoke;
  }
}
