package mx.gob.veracruz.predial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Labels;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
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

  private final ShownList<AdjustmentView> pending =
      new ShownList<>(
          "ajustes-pendientes",
          () -> facade.pendingAdjustments(),
          List.of(
              ExportColumn.id("predial.folio", AdjustmentView::folio),
              ExportColumn.money("predial.importe", AdjustmentView::amount),
              ExportColumn.text("predial.motivo", AdjustmentView::reason),
              ExportColumn.text("predial.ajustes.solicito", AdjustmentView::requestedBy),
              ExportColumn.dateTime("predial.fecha", AdjustmentView::requestedAt)));
  private final ShownList<CashSessionView> sessions =
      new ShownList<>(
          "cortes-de-caja",
          () -> facade.sessions(30),
          List.of(
              ExportColumn.text("predial.ajustes.cajero", CashSessionView::cashier),
              ExportColumn.date("predial.fecha", CashSessionView::businessDate),
              ExportColumn.money("predial.caja.fondo", CashSessionView::openingCash),
              ExportColumn.money("predial.caja.totalEfectivo", CashSessionView::cashTotal),
              ExportColumn.money("predial.caja.totalTarjeta", CashSessionView::cardTotal),
              ExportColumn.integer("predial.caja.numeroPagos", CashSessionView::paymentCount),
              ExportColumn.money("predial.caja.efectivoEsperado", CashSessionView::expectedCash),
              ExportColumn.money("predial.caja.efectivoContado", CashSessionView::countedCash),
              ExportColumn.money("predial.caja.diferencia", CashSessionView::difference),
              ExportColumn.dateTime(
                  "predial.ajustes.corte",
                  c ->
                      c.closedAt() != null
                          ? c.closedAt()
                          : Messages.text("predial.ajustes.abierta")),
              ExportColumn.text("predial.caja.notas", CashSessionView::notes)));
  private final ShownList<WebhookResult> events =
      new ShownList<>(
          "avisos-pasarela",
          () -> gateway.recent(50),
          List.of(
              ExportColumn.id("predial.ajustes.evento", WebhookResult::eventId),
              ExportColumn.text(
                  "predial.estatus", e -> Labels.label("predial.webhook.estado.", e.status())),
              ExportColumn.text("predial.ajustes.resultado", WebhookResult::result)));
  private ReasonForm<Long> decision = new ReasonForm<>(null, null);
  private boolean approve;

  public void prepare(AdjustmentView a, boolean approving) {
    decision = new ReasonForm<>(a.id(), a.folio());
    approve = approving;
  }

  public void decide() {
    try {
      AdjustmentView done = facade.decide(decision.getTarget(), approve, decision.getReason());
      PredialFaces.info(
          approve ? "predial.ajuste.aprobado" : "predial.ajuste.rechazado", done.folio());
      pending.refresh();
      sessions.refresh();
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

  public ShownList<AdjustmentView> getPending() {
    return pending;
  }

  public ShownList<CashSessionView> getSessions() {
    return sessions;
  }

  public ShownList<WebhookResult> getEvents() {
    return events;
  }

  public ReasonForm<Long> getDecision() {
    return decision;
  }

  public boolean isApprove() {
    return approve;
  }
}
