package mx.gob.veracruz.predial;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.gob.veracruz.cobros.GatewayClient;
import mx.gob.veracruz.common.AccessThrottle;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CallContext;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.internal.Owners;
import mx.gob.veracruz.predial.internal.PortalTokens;
import mx.gob.veracruz.predial.internal.PredialDocuments;
import mx.gob.veracruz.predial.internal.PredialRepository;
import mx.gob.veracruz.predial.internal.PredialSettings;
import mx.gob.veracruz.predial.internal.Receipts;
import mx.gob.veracruz.predial.internal.SlipIssuer;
import mx.gob.veracruz.predial.internal.StatementService;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.ClaveCatastral;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Propietario;

/**
 * The citizen side (portal and mobile app), open to anyone who proves they know the predio: its
 * clave plus an owner's CURP or the folio of a receipt of that predio. That proof becomes a signed,
 * 30-minute token that every other call needs, so nobody browses other people's debts.
 */
@Stateless
@PermitAll
public class PredialPortalFacade {
  private static final String NO_MATCH =
      "No encontramos un predio con esa clave catastral y ese dato de verificación";
  static final int LOOKUP_FAILURES_PER_CLAVE = 5;
  static final int LOOKUP_FAILURES_PER_ADDRESS = 20;
  static final Duration LOOKUP_WINDOW = Duration.ofMinutes(15);

  @Inject private PredialRepository repo;
  @Inject private AccessThrottle throttle;
  @Inject private StatementService statements;
  @Inject private PredialSettings settings;
  @Inject private SlipIssuer slips;
  @Inject private GatewayClient gateway;
  @Inject private PredialDocuments documents;
  @Inject private Receipts receipts;
  @Inject private mx.gob.veracruz.predial.internal.PredialViews views;
  @Inject private CityClock clock;

  /**
   * The second factor is an owner's CURP or the verification code printed on one of the predio's
   * receipts (16 random hex digits; the sequential folio is not a secret). An unknown clave and a
   * wrong factor give the same answer, and failures are throttled per clave and per address.
   */
  @Audited(action = "predial.portal.consultar", entity = "Predio", read = true)
  public PortalAccess lookup(String claveCatastral, String curpOrCode) {
    String clave = ClaveCatastral.of(claveCatastral).value();
    List<AccessThrottle.Limit> limits =
        List.of(
            new AccessThrottle.Limit(
                "predial-clave:" + clave, LOOKUP_FAILURES_PER_CLAVE, LOOKUP_WINDOW),
            new AccessThrottle.Limit(
                "predial-ip:" + CallContext.clientAddress(),
                LOOKUP_FAILURES_PER_ADDRESS,
                LOOKUP_WINDOW));
    throttle.check(limits);
    String factor = curpOrCode == null ? "" : curpOrCode.trim().toUpperCase(Locale.ROOT);
    Predio p = repo.one(Predio.class, "Predio.findByClaveCatastral", "clave", clave).orElse(null);
    if (p == null || factor.isEmpty() || !(isOwner(p, factor) || hasReceiptCode(p, factor))) {
      throttle.recordFailure(limits);
      throw new BusinessRuleException("verificacion-fallida", "verificacion", NO_MATCH);
    }
    Instant expires = Instant.now().plusSeconds(PortalTokens.LIFETIME_SECONDS);
    return new PortalAccess(
        PortalTokens.issue(p.getId(), expires, settings.portalTokenSecret()),
        expires,
        masked(statements.statement(p, today())));
  }

  private boolean isOwner(Predio p, String curp) {
    return repo.list(Propietario.class, "Propietario.byPredio", "predioId", p.getId()).stream()
        .anyMatch(o -> curp.equals(o.getCurp()));
  }

  private boolean hasReceiptCode(Predio p, String code) {
    return code.matches("[0-9A-F]{16}")
        && repo.list(Pago.class, "Pago.byPredio", "predioId", p.getId()).stream()
            .anyMatch(
                x ->
                    x.getVerificationCode() != null
                        && code.equalsIgnoreCase(x.getVerificationCode()));
  }

  @Audited(action = "predial.portal.estado-cuenta", entity = "Predio", read = true)
  public Statement statement(String token) {
    return masked(statements.statement(predio(token), today()));
  }

  @Audited(action = "predial.portal.formato", entity = "Referencia")
  public SlipView issueSlip(String token, String bank) {
    Predio p = predio(token);
    return views.slip(
        slips.issue(p, bank, today(), "portal"), Owners.maskClave(p.getClaveCatastral()));
  }

  @Audited(action = "predial.portal.formato.pdf", entity = "Referencia", read = true)
  public byte[] slipPdf(String token, String reference) {
    Predio p = predio(token);
    // One answer for a malformed reference, another predio's and an unknown one: no oracle.
    mx.gob.veracruz.predial.model.Referencia r;
    try {
      r = slips.find(reference);
    } catch (BusinessRuleException e) {
      r = null;
    }
    if (r == null || !r.getPredioId().equals(p.getId())) {
      throw new BusinessRuleException(
          "referencia-desconocida", "referencia", "No existe ese formato de pago para este predio");
    }
    return documents.slip(r);
  }

  /**
   * Creates the card charge at the gateway for today's total. The idempotency key comes from the
   * page (or app) that asked: a double click or a retried request returns the same charge.
   */
  @Audited(action = "predial.portal.pago-en-linea", entity = "Cargo")
  public ChargeStart startCharge(String token, String idempotencyKey, String returnUrl) {
    Predio p = predio(token);
    if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9-]{16,64}")) {
      throw new BusinessRuleException(
          "clave-idempotencia", "idempotencyKey", "Falta la clave de idempotencia (16-64)");
    }
    if (returnUrl == null) {
      returnUrl = settings.defaultReturnUrl();
    }
    if (!settings.allowedReturnUrl(returnUrl)) {
      throw new BusinessRuleException(
          "url-retorno-no-permitida",
          "returnUrl",
          "La dirección de regreso no está permitida; use la del portal o la de la aplicación registrada");
    }
    var existing = repo.chargeByIdempotencyKey(idempotencyKey);
    if (existing.isPresent()) {
      Cargo c = existing.get();
      return new ChargeStart(
          c.getChargeId(), c.getCheckoutUrl(), c.getAmount(), c.getStatus().name());
    }
    Statement st = statements.statement(p, today());
    if (st.total().signum() <= 0) {
      throw new BusinessRuleException(
          "sin-adeudo", null, "El predio no tiene adeudo: no hay nada que pagar");
    }
    Cargo c = new Cargo();
    c.setIdempotencyKey(idempotencyKey);
    c.setPredioId(p.getId());
    c.setAmount(st.total());
    c.setStatementDate(st.asOf());
    c.setStatus(CargoStatus.PENDIENTE);
    c.setPayerName(st.ownerName());
    c.setCreatedAt(Instant.now());
    repo.persist(c);
    repo.flush(); // the unique idempotency key refuses a concurrent twin before we call the gateway
    GatewayClient.Charge g =
        gateway.create(
            idempotencyKey,
            st.total(),
            p.getClaveCatastral(),
            "Impuesto predial " + p.getClaveCatastral(),
            returnUrl);
    c.setChargeId(g.id());
    c.setCheckoutUrl(g.checkoutUrl());
    return new ChargeStart(g.id(), g.checkoutUrl(), st.total(), c.getStatus().name());
  }

  /** Our record of a charge (filled by the gateway's signed callback, never by the return URL). */
  public ChargeStatus chargeStatus(String token, String chargeId) {
    Predio p = predio(token);
    Cargo c =
        repo.one(Cargo.class, "Cargo.byChargeId", "chargeId", chargeId == null ? "" : chargeId)
            .filter(x -> x.getPredioId().equals(p.getId()))
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "cargo-no-encontrado", "charge", "No existe ese pago en línea"));
    Pago pago = c.getPagoId() == null ? null : repo.find(Pago.class, c.getPagoId());
    return new ChargeStatus(
        c.getChargeId(),
        c.getStatus().name(),
        c.getAmount(),
        pago == null ? null : pago.getFolio(),
        pago == null ? null : pago.getVerificationCode());
  }

  /**
   * The gateway's return page: the session cookie (SameSite=Strict) is not sent on the redirect
   * back from the gateway's site, so the page follows the charge by its id, a random identifier the
   * gateway gave only to this payer. It shows our record, never what the URL claims.
   */
  public ChargeStatus chargeStatusOnReturn(String chargeId) {
    Cargo c = charge(chargeId);
    Pago pago = c.getPagoId() == null ? null : repo.find(Pago.class, c.getPagoId());
    // State, amount and folio only: the verification code is a second factor, never shown by charge
    // id.
    return new ChargeStatus(
        c.getChargeId(),
        c.getStatus().name(),
        c.getAmount(),
        pago == null ? null : pago.getFolio(),
        null);
  }

  private Cargo charge(String chargeId) {
    if (chargeId == null || !chargeId.matches("[A-Za-z0-9_]{8,64}")) {
      throw new BusinessRuleException(
          "cargo-no-encontrado", "charge", "No existe ese pago en línea");
    }
    return repo.one(Cargo.class, "Cargo.byChargeId", "chargeId", chargeId)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "cargo-no-encontrado", "charge", "No existe ese pago en línea"));
  }

  /**
   * The predio's receipts; the payer's name by initials, no RFC and no cashier (the token is not a
   * person).
   */
  @Audited(action = "predial.portal.recibos", entity = "Predio", read = true)
  public List<PaymentView> receipts(String token) {
    Predio p = predio(token);
    return repo.list(Pago.class, "Pago.byPredio", "predioId", p.getId()).stream()
        .map(views::payment)
        .map(
            v ->
                new PaymentView(
                    v.id(),
                    v.folio(),
                    v.predioId(),
                    v.claveCatastral(),
                    v.channel(),
                    v.channelDetail(),
                    v.amount(),
                    v.paidAt(),
                    v.statementDate(),
                    initials(v.payerName()),
                    null,
                    null,
                    v.status(),
                    v.cancelReason(),
                    v.cfdiUuid(),
                    v.verificationCode(),
                    v.allocations()))
        .toList();
  }

  @Audited(action = "predial.portal.recibo.pdf", entity = "Pago", read = true)
  public byte[] receiptPdf(String token, String folio) {
    Predio p = predio(token);
    Pago pago = receipts.byFolio(folio);
    if (!pago.getPredioId().equals(p.getId())) {
      throw new BusinessRuleException(
          "recibo-no-encontrado", "folio", "No existe un recibo con ese folio");
    }
    return documents.receipt(pago);
  }

  /** What the receipt's QR shows: valid or not, amount and date, and nothing personal. */
  public ReceiptVerification verify(String folio, String code) {
    Pago pago =
        repo.one(
                Pago.class,
                "Pago.byFolio",
                "folio",
                folio == null ? "" : folio.trim().toUpperCase())
            .filter(x -> x.getVerificationCode().equals(code))
            .orElse(null);
    if (pago == null) {
      return new ReceiptVerification(folio, false, "NO_ENCONTRADO", null, null, null, null);
    }
    return new ReceiptVerification(
        pago.getFolio(),
        pago.getStatus() == PaymentStatus.APLICADO,
        pago.getStatus().name(),
        pago.getAmount(),
        pago.getPaidAt(),
        Owners.maskClave(repo.predio(pago.getPredioId()).getClaveCatastral()),
        PredialDocuments.channelName(pago.getChannel()));
  }

  public List<String> banks() {
    return views.bankCodes();
  }

  private Predio predio(String token) {
    Long id = PortalTokens.verify(token, Instant.now(), settings.portalTokenSecret());
    if (id == null) {
      throw new BusinessRuleException(
          "acceso-vencido",
          "token",
          "Su consulta venció o no es válida; vuelva a capturar la clave catastral");
    }
    return repo.predio(id);
  }

  /** Citizens see the owner's name with initials only. */
  private static Statement masked(Statement s) {
    return new Statement(
        s.predioId(),
        s.claveCatastral(),
        initials(s.ownerName()),
        s.address(),
        s.asOf(),
        s.lines(),
        s.total(),
        s.specialDiscount());
  }

  static String initials(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String w : name.trim().split("\\s+")) {
      b.append(w.charAt(0)).append(w.length() > 1 ? "*** " : " ");
    }
    return b.toString().trim();
  }

  private LocalDate today() {
    return clock.today();
  }
}
