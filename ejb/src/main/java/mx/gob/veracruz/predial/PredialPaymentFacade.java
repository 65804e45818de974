package mx.gob.veracruz.predial;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import mx.gob.veracruz.cobros.CfdiCommand;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.internal.CashDesk;
import mx.gob.veracruz.predial.internal.PaymentPosting;
import mx.gob.veracruz.predial.internal.PredialDocuments;
import mx.gob.veracruz.predial.internal.PredialRepository;
import mx.gob.veracruz.predial.internal.PredialViews;
import mx.gob.veracruz.predial.internal.Receipts;
import mx.gob.veracruz.predial.internal.SlipIssuer;
import mx.gob.veracruz.predial.model.Ajuste;
import mx.gob.veracruz.predial.model.CajaSesion;
import mx.gob.veracruz.predial.model.ClaveCatastral;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.Predio;

/** Staff side of paying: slips, the cashier and its cash cut, receipts, CFDI, cancellations. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS})
public class PredialPaymentFacade {
  @Inject private PredialRepository repo;
  @Inject private SlipIssuer slips;
  @Inject private PaymentPosting posting;
  @Inject private PredialViews views;
  @Inject private PredialDocuments documents;
  @Inject private CashDesk cashDesk;
  @Inject private Receipts receipts;
  @Inject private CityClock clock;
  @Inject private mx.gob.veracruz.predial.internal.PaymentListRepository paymentList;
  @Resource private SessionContext ctx;

  /**
   * The payments of a range of days (the finance dashboard's drill-down), paged in the database.
   */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  @Audited(action = "predial.pagos.buscar", entity = "Pago", read = true)
  public List<PaymentRow> payments(PaymentQuery q, mx.gob.veracruz.common.PageRequest page) {
    return paymentList.page(check(q), page);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public long countPayments(PaymentQuery q) {
    return paymentList.count(check(q));
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public BigDecimal totalPayments(PaymentQuery q) {
    return paymentList.total(check(q));
  }

  /** The whole filtered list, by keyset pages, in the order on screen (one audited read). */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  @Audited(action = "predial.pagos.exportar", entity = "Pago", read = true)
  public long exportPayments(
      PaymentQuery q,
      mx.gob.veracruz.common.PageRequest order,
      java.util.function.Consumer<List<PaymentRow>> sink) {
    PaymentQuery checked = check(q);
    return mx.gob.veracruz.common.Pages.forEachAfter(
        (lastValue, lastId, size) ->
            paymentList.after(
                checked, order.ascending(), (java.time.Instant) lastValue, lastId, size),
        PaymentRow::paidAt,
        PaymentRow::id,
        () -> {},
        sink);
  }

  private static PaymentQuery check(PaymentQuery q) {
    if (q == null || q.from() == null || q.to() == null || q.to().isBefore(q.from())) {
      throw new BusinessRuleException(
          "periodo-invalido", "desde", "Indique las fechas desde y hasta (desde ≤ hasta)");
    }
    if (q.from().plusDays(PaymentQuery.MAX_DAYS - 1L).isBefore(q.to())) {
      throw new BusinessRuleException(
          "periodo-largo",
          "desde",
          "La lista abarca a lo más " + PaymentQuery.MAX_DAYS + " días: acorte el periodo");
    }
    if (q.channel() != null && !q.channel().isBlank()) {
      try {
        PaymentChannel.valueOf(q.channel());
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException("canal-invalido", "canal", "Canal de pago desconocido");
      }
    }
    return q;
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION})
  @Audited(action = "predial.formato.emitir", entity = "Referencia")
  public SlipView issueSlip(Long predioId, String bank) {
    Predio p = repo.predio(predioId);
    return views.slip(slips.issue(p, bank, clock.today(), user()), p.getClaveCatastral());
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION})
  public byte[] slipPdf(String reference) {
    return documents.slip(slips.find(reference));
  }

  @Audited(action = "predial.caja.abrir", entity = "CajaSesion")
  public CashSessionView openSession(BigDecimal openingCash) {
    return cashDesk.open(user(), clock.today(), openingCash);
  }

  public CashSessionView currentSession() {
    return cashDesk.current(user(), clock.today());
  }

  /**
   * Posts a counter payment to the open session; the form's ticket makes a double click harmless.
   */
  @Audited(action = "predial.caja.cobrar", entity = "Pago")
  public PaymentView payAtCounter(CashPaymentCommand c) {
    CajaSesion s = cashDesk.openSessionOf(user(), clock.today());
    Predio p = repo.predio(ClaveCatastral.of(c.claveCatastral()));
    PaymentChannel channel =
        switch (c.method() == null ? "" : c.method()) {
          case "EFECTIVO" -> PaymentChannel.CAJA_EFECTIVO;
          case "TARJETA" -> PaymentChannel.CAJA_TARJETA;
          default ->
              throw new BusinessRuleException("forma-pago", "method", "Elija efectivo o tarjeta");
        };
    if (channel == PaymentChannel.CAJA_TARJETA
        && (c.terminalAuthorization() == null || !c.terminalAuthorization().matches("\\d{6}"))) {
      throw new BusinessRuleException(
          "autorizacion-terminal",
          "terminalAuthorization",
          "Capture el número de autorización de 6 dígitos del comprobante de la terminal");
    }
    if (c.ticket() == null || c.ticket().isBlank()) {
      throw new BusinessRuleException(
          "ticket-requerido", null, "Falta el identificador de la operación");
    }
    String detail =
        channel == PaymentChannel.CAJA_TARJETA
            ? "Autorización " + c.terminalAuthorization()
            : "Caja " + user();
    Pago pago =
        posting.post(
            new PaymentPosting.PostCommand(
                p.getId(),
                channel,
                detail,
                "caja:" + c.ticket(),
                c.amount(),
                clock.today(),
                clock.now(),
                c.payerName(),
                c.payerRfc(),
                user(),
                s.getId()));
    return views.payment(pago);
  }

  @Audited(action = "predial.caja.corte", entity = "CajaSesion")
  public CashSessionView closeSession(BigDecimal countedCash, String notes) {
    return cashDesk.close(user(), clock.today(), countedCash, notes);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<CashSessionView> sessions(int max) {
    return cashDesk.recent(max);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<PaymentView> sessionPayments(Long sessionId) {
    return repo.list(Pago.class, "Pago.bySesion", "sesionId", sessionId).stream()
        .map(views::payment)
        .toList();
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION})
  public PaymentView payment(String folio) {
    return views.payment(receipts.byFolio(folio));
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION})
  public byte[] receiptPdf(String folio) {
    return documents.receipt(receipts.byFolio(folio));
  }

  /** Builds, stamps (through the PAC) and stores the CFDI of a payment; asking again returns it. */
  @Audited(action = "predial.cfdi.emitir", entity = "Pago")
  public String requestCfdi(String folio, CfdiCommand command) {
    return receipts.cfdi(receipts.byFolio(folio), command);
  }

  @Audited(action = "predial.ajuste.solicitar", entity = "Ajuste")
  public AdjustmentView requestCancellation(String folio, String reason) {
    return receipts.requestCancellation(receipts.byFolio(folio), reason, user());
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<AdjustmentView> pendingAdjustments() {
    return repo.list(Ajuste.class, "Ajuste.pending").stream().map(receipts::view).toList();
  }

  /** A supervisor approves (the payment is cancelled and its credits reversed) or rejects. */
  @RolesAllowed({Roles.SUPERVISOR})
  @Audited(action = "predial.ajuste.decidir", entity = "Ajuste")
  public AdjustmentView decide(Long adjustmentId, boolean approve, String note) {
    return receipts.decide(adjustmentId, approve, note, user());
  }

  /** Collecting banks as "CODE|Name" for the slip form. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION})
  public List<String> banks() {
    return views.bankCodes();
  }

  private String user() {
    return ctx.getCallerPrincipal().getName();
  }
}
