package mx.gob.veracruz.predial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.AdjustmentView;
import mx.gob.veracruz.predial.CashSessionView;
import mx.gob.veracruz.predial.GatewayEventsFacade;
import mx.gob.veracruz.predial.PredialPaymentFacade;
import mx.gob.veracruz.predial.WebhookResult;
import org.primefaces.PrimeFaces;

/**
 * Supervision: pending cancellation requests (a supervisor decides), recent cash cuts, gateway
 * notices.
 */
@Named
@ViewScoped
public class AdjustmentsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PredialPaymentFacade facade;
  @Inject private GatewayEventsFacade gateway;

  private List<AdjustmentView> pending;
  private List<CashSessionView> sessions;
  private List<WebhookResult> events;
  private ReasonForm<Long> decision = new ReasonForm<>(null, null);
  private boolean approve;

  @PostConstruct
  void init() {
    pending = facade.pendingAdjustments();
    sessions = facade.sessions(30);
    events = gateway.recent(50);
  }

  public void prepare(AdjustmentView a, boolean approving) {
    decision = new ReasonForm<>(a.id(), a.folio());
    approve = approving;
  }

  public void decide() {
    try {
      AdjustmentView done = facade.decide(decision.getTarget(), approve, decision.getReason());
      PredialFaces.info(
          approve ? "predial.ajuste.aprobado" : "predial.ajuste.rechazado", done.folio());
      pending = facade.pendingAdjustments();
      sessions = facade.sessions(30);
      PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "decision-form:");
    }
  }

  /**
   * Only a supervisor decides (PredialPaymentFacade.decide); the page shows the buttons to no one
   * else.
   */
  public boolean isSupervisor() {
    return PredialFaces.inRole(Roles.SUPERVISOR);
  }

  public List<AdjustmentView> getPending() {
    return pending;
  }

  public List<CashSessionView> getSessions() {
    return sessions;
  }

  public List<WebhookResult> getEvents() {
    return events;
  }

  public ReasonForm<Long> getDecision() {
    return decision;
  }

  public boolean isApprove() {
    return approve;
  }
}
