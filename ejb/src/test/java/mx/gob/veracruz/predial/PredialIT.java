package mx.gob.veracruz.predial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import mx.gob.veracruz.cobros.CfdiCommand;
import mx.gob.veracruz.cobros.CheckDigitAlgorithms;
import mx.gob.veracruz.cobros.WebhookSignature;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.testing.AsAdmin;
import mx.gob.veracruz.testing.AsSupervisor;
import mx.gob.veracruz.testing.Deployments;
import mx.gob.veracruz.testing.PredialTestData;
import mx.gob.veracruz.testing.TestCurps;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Predial inside a real Payara domain: statements, cashier, slips, webhooks, concurrency. */
@ExtendWith(ArquillianExtension.class)
class PredialIT {
  private static final byte[] SECRET = "sandbox-webhook-secret".getBytes(StandardCharsets.UTF_8);

  @Deployment
  static WebArchive deployment() {
    return Deployments.predial("predial-it");
  }

  @Inject private PredialFacade predial;
  @Inject private PredialPaymentFacade payments;
  @Inject private PredialPortalFacade portal;
  @Inject private GatewayEventsFacade events;
  @Inject private PredialAssessmentFacade assessment;
  @Inject private PredialTestData data;
  @Inject private AsAdmin admin;
  @Inject private AsSupervisor supervisor;

  @Resource private ManagedExecutorService executor;

  @Test
  void statementMatchesTheWorkedExampleOnAnyDate() throws Exception {
    Predio p = data.predio(TestCurps.next(), "1000.00", "1200.00");
    // 28 Nov 2026: 2025 owes 11 months of recargos (Jan..Nov, fraction counts) = 161.70; 2026 no
    // discount.
    Statement nov = admin.call(() -> predial.statement(p.getId(), LocalDate.of(2026, 11, 28)));
    assertThat(nov.lines())
        .extracting(StatementLine::due)
        .containsExactly(new BigDecimal("1161.70"), new BigDecimal("1200.00"));
    assertThat(nov.total()).isEqualTo(new BigDecimal("2361.70"));
    // 10 Feb 2026: 2 months of recargos on 2025 (29.40) and 20 % early payment on 2026 (240.00).
    Statement feb = admin.call(() -> predial.statement(p.getId(), LocalDate.of(2026, 2, 10)));
    assertThat(feb.lines().get(1).discount()).isEqualTo(new BigDecimal("240.00"));
    assertThat(feb.total()).isEqualTo(new BigDecimal("1989.40"));
    assertThat(feb.lines().get(0).explanation()).contains("recargos 2 mes(es)");
  }

  @Test
  void counterPaymentsApplyOldestYearFirstAndTheCashCutBalances() throws Exception {
    Predio p = data.predio(TestCurps.next(), "1000.00", "1200.00");
    ensureSession();
    Statement before = admin.call(() -> predial.statement(p.getId(), today()));
    PaymentView first =
        admin.call(
            () ->
                payments.payAtCounter(
                    new CashPaymentCommand(
                        p.getClaveCatastral(),
                        new BigDecimal("500.00"),
                        "EFECTIVO",
                        null,
                        "Pagador Uno",
                        null,
                        UUID.randomUUID().toString())));
    assertThat(first.folio()).matches("PRED-\\d{4}-\\d{6}");
    assertThat(first.allocations()).hasSize(1);
    assertThat(first.allocations().get(0).fiscalYear()).isEqualTo(2025);
    assertThat(first.allocations().get(0).surcharge()).isEqualTo(before.lines().get(0).surcharge());
    Statement after = admin.call(() -> predial.statement(p.getId(), today()));
    assertThat(after.total()).isEqualTo(before.total().subtract(new BigDecimal("500.00")));
    PaymentView rest =
        admin.call(
            () ->
                payments.payAtCounter(
                    new CashPaymentCommand(
                        p.getClaveCatastral(),
                        after.total(),
                        "TARJETA",
                        "123456",
                        null,
                        null,
                        UUID.randomUUID().toString())));
    assertThat(admin.call(() -> predial.statement(p.getId(), today())).total())
        .isEqualTo(new BigDecimal("0.00"));
    byte[] pdf = admin.call(() -> payments.receiptPdf(rest.folio()));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    CashSessionView s = admin.call(() -> payments.currentSession());
    assertThat(s.cashTotal()).isGreaterThanOrEqualTo(new BigDecimal("500.00"));
    assertThat(s.cardTotal()).isGreaterThanOrEqualTo(after.total());
  }

  @Test
  void rejectsOverpaymentUnknownClaveAndADoubleSubmittedTicket() throws Exception {
    Predio p = data.predio(TestCurps.next(), "300.00");
    ensureSession();
    String ticket = UUID.randomUUID().toString();
    assertThatThrownBy(
            () ->
                admin.call(
                    () ->
                        payments.payAtCounter(
                            new CashPaymentCommand(
                                p.getClaveCatastral(),
                                new BigDecimal("99999.00"),
                                "EFECTIVO",
                                null,
                                null,
                                null,
                                ticket))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("excede");
    assertThatThrownBy(
            () ->
                admin.call(
                    () ->
                        payments.payAtCounter(
                            new CashPaymentCommand(
                                "193-999-999-999-999-999",
                                new BigDecimal("1.00"),
                                "EFECTIVO",
                                null,
                                null,
                                null,
                                ticket))))
        .hasMessageContaining("No existe un predio");
    admin.call(
        () ->
            payments.payAtCounter(
                new CashPaymentCommand(
                    p.getClaveCatastral(),
                    new BigDecimal("100.00"),
                    "EFECTIVO",
                    null,
                    null,
                    null,
                    ticket)));
    assertThatThrownBy(
            () ->
                admin.call(
                    () ->
                        payments.payAtCounter(
                            new CashPaymentCommand(
                                p.getClaveCatastral(),
                                new BigDecimal("100.00"),
                                "EFECTIVO",
                                null,
                                null,
                                null,
                                ticket))))
        .hasMessageContaining("ya fue registrado");
    assertThat(data.paymentsOf(p.getId())).isEqualTo(1);
  }

  @Test
  void twoPaymentsOfTheSameStatementAtOnceCannotBothApply() throws Exception {
    Predio p = data.predio(TestCurps.next(), "800.00", "900.00");
    ensureSession();
    BigDecimal total = admin.call(() -> predial.statement(p.getId(), today())).total();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(
          executor.submit(
              () -> {
                go.await();
                try {
                  return admin
                      .call(
                          () ->
                              payments.payAtCounter(
                                  new CashPaymentCommand(
                                      p.getClaveCatastral(),
                                      total,
                                      "EFECTIVO",
                                      null,
                                      null,
                                      null,
                                      UUID.randomUUID().toString())))
                      .folio();
                } catch (Exception e) {
                  return "FALLO: " + e;
                }
              }));
    }
    go.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get());
    }
    assertThat(outcomes).filteredOn(o -> o.startsWith("PRED-")).hasSize(1);
    assertThat(data.paymentsOf(p.getId())).isEqualTo(1);
    assertThat(admin.call(() -> predial.statement(p.getId(), today())).total())
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void slipsCarryTheBankCheckDigitAndANewSlipSupersedesTheOld() throws Exception {
    Predio p = data.predio(TestCurps.next(), "1000.00", "1200.00");
    SlipView first = admin.call(() -> payments.issueSlip(p.getId(), "BBVA"));
    assertThat(first.reference()).hasSize(17);
    assertThat(CheckDigitAlgorithms.byId("BBVA-00").isValid(first.reference())).isTrue();
    assertThat(first.amount())
        .isEqualTo(admin.call(() -> predial.statement(p.getId(), first.validUntil())).total());
    SlipView second = admin.call(() -> payments.issueSlip(p.getId(), "SANTANDER"));
    assertThat(second.reference()).hasSize(18);
    assertThat(CheckDigitAlgorithms.byId("ISO7064-97-10").isValid(second.reference())).isTrue();
    assertThat(admin.call(() -> predial.slips(p.getId())))
        .extracting(SlipView::reference, SlipView::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                first.reference(), mx.gob.veracruz.predial.model.ReferenciaStatus.SUSTITUIDA),
            org.assertj.core.groups.Tuple.tuple(
                second.reference(), mx.gob.veracruz.predial.model.ReferenciaStatus.VIGENTE));
    assertThat(
            new String(
                admin.call(() -> payments.slipPdf(second.reference())),
                0,
                5,
                StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    // A last digit that no bank's algorithm accepts (one in ten changes happens to satisfy the
    // BBVA check on 18 digits, and then the answer is, rightly, "unknown reference").
    String bad = null;
    for (int d = 1; d <= 9 && bad == null; d++) {
      String candidate =
          second.reference().substring(0, 17) + ((second.reference().charAt(17) - '0' + d) % 10);
      if (!CheckDigitAlgorithms.byId("BBVA-00").isValid(candidate)
          && !CheckDigitAlgorithms.byId("ISO7064-97-10").isValid(candidate)) {
        bad = candidate;
      }
    }
    String badReference = bad;
    assertThatThrownBy(() -> admin.call(() -> payments.slipPdf(badReference)))
        .hasMessageContaining("verificador");
  }

  @Test
  void theSpecialDiscountIsForOnePropertyOnly() throws Exception {
    String curp = TestCurps.next();
    Predio home = data.predio(curp, "1000.00", "1200.00");
    Predio other = data.predio(curp, "500.00");
    admin.call(
        () -> predial.registerBenefit(home.getId(), curp, "PENSIONADO", "Credencial IMSS 123456"));
    Statement s = admin.call(() -> predial.statement(home.getId(), LocalDate.of(2026, 11, 28)));
    assertThat(s.specialDiscount()).isTrue();
    assertThat(s.lines().get(1).discount()).isEqualTo(new BigDecimal("600.00"));
    assertThatThrownBy(
            () ->
                admin.call(
                    () -> predial.registerBenefit(other.getId(), curp, "PENSIONADO", "Otra")))
        .hasMessageContaining("otro predio");
  }

  @Test
  void cancellationNeedsAnotherPersonsApprovalAndReversesTheCredits() throws Exception {
    Predio p = data.predio(TestCurps.next(), "700.00");
    ensureSession();
    BigDecimal total = admin.call(() -> predial.statement(p.getId(), today())).total();
    PaymentView paid =
        admin.call(
            () ->
                payments.payAtCounter(
                    new CashPaymentCommand(
                        p.getClaveCatastral(),
                        total,
                        "EFECTIVO",
                        null,
                        null,
                        null,
                        UUID.randomUUID().toString())));
    AdjustmentView request =
        admin.call(
            () ->
                payments.requestCancellation(
                    paid.folio(), "Cobro capturado en el predio equivocado"));
    assertThatThrownBy(() -> admin.call(() -> payments.decide(request.id(), true, "ok")))
        .isInstanceOf(EJBException.class);
    AdjustmentView done =
        supervisor.call(() -> payments.decide(request.id(), true, "Verificado con el ticket"));
    assertThat(done.status()).isEqualTo(mx.gob.veracruz.predial.model.AjusteStatus.APROBADO);
    assertThat(admin.call(() -> predial.statement(p.getId(), today())).total()).isEqualTo(total);
    assertThat(admin.call(() -> payments.payment(paid.folio())).status()).isEqualTo("CANCELADO");
  }

  @Test
  void thePortalNeedsTheSecondFactorAndItsTokenCannotBeForged() throws Exception {
    String curp = TestCurps.next();
    Predio p = data.predio(curp, "1000.00");
    assertThatThrownBy(() -> portal.lookup(p.getClaveCatastral(), TestCurps.next()))
        .hasMessageContaining("No encontramos");
    assertThatThrownBy(() -> portal.lookup("193-1-2", curp))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("193-RRR-MMM-LLL-EEE-UUU");
    PortalAccess access = portal.lookup(p.getClaveCatastral(), curp);
    assertThat(access.statement().total())
        .isEqualTo(admin.call(() -> predial.statement(p.getId(), today())).total());
    assertThat(access.statement().ownerName()).doesNotContain("PROPIETARIA");
    String forged = (p.getId() + 1) + access.token().substring(access.token().indexOf('.'));
    assertThatThrownBy(() -> portal.statement(forged))
        .hasMessageContaining("venció o no es válida");
  }

  @Test
  void gatewayEventsAreVerifiedStoredAndAppliedOnceInAnyOrder() throws Exception {
    Predio p = data.predio(TestCurps.next(), "1000.00", "1200.00");
    BigDecimal total = admin.call(() -> predial.statement(p.getId(), today())).total();
    String charge = "ch_it_" + UUID.randomUUID().toString().replace("-", "");
    data.charge(p.getId(), charge, total.toPlainString(), today());
    String paid =
        event("evt_" + UUID.randomUUID(), "charge.paid", charge, total.toPlainString(), 0);
    long now = Instant.now().getEpochSecond();
    // forged and late signatures are refused before anything is stored
    assertThat(
            events
                .store(
                    bytes(paid),
                    "t="
                        + now
                        + ",v1="
                        + WebhookSignature.sign("otro".getBytes(), now, bytes(paid)))
                .status())
        .isEqualTo("RECHAZADO");
    long late = now - 600;
    assertThat(
            events
                .store(
                    bytes(paid),
                    "t=" + late + ",v1=" + WebhookSignature.sign(SECRET, late, bytes(paid)))
                .result())
        .contains("tolerancia");
    WebhookResult stored = events.store(bytes(paid), sign(paid));
    assertThat(stored.status()).isEqualTo("RECIBIDO");
    assertThat(events.apply(stored.eventId()).status()).isEqualTo("APLICADO");
    // the same event again, and an older "pending" event after it: no second payment, no regression
    assertThat(events.store(bytes(paid), sign(paid)).status()).isEqualTo("DUPLICADO");
    String older =
        event("evt_" + UUID.randomUUID(), "charge.pending", charge, total.toPlainString(), -60);
    assertThat(events.apply(events.store(bytes(older), sign(older)).eventId()).status())
        .isEqualTo("IGNORADO");
    String again =
        event("evt_" + UUID.randomUUID(), "charge.paid", charge, total.toPlainString(), 5);
    assertThat(events.apply(events.store(bytes(again), sign(again)).eventId()).status())
        .isEqualTo("IGNORADO");
    assertThat(data.chargeStatus(charge)).isEqualTo("PAGADO");
    assertThat(data.paymentsOf(p.getId())).isEqualTo(1);
    // an amount that differs from the charge is flagged, not applied
    String charge2 = "ch_it_" + UUID.randomUUID().toString().replace("-", "");
    Predio q = data.predio(TestCurps.next(), "400.00");
    data.charge(q.getId(), charge2, "400.00", today());
    String wrong = event("evt_" + UUID.randomUUID(), "charge.paid", charge2, "40.00", 0);
    assertThat(events.apply(events.store(bytes(wrong), sign(wrong)).eventId()).status())
        .isEqualTo("ERROR");
    assertThat(data.paymentsOf(q.getId())).isZero();
  }

  @Test
  void assessmentUsesTheYearTablesAndIsIdempotent() throws Exception {
    Predio p = data.predio(TestCurps.next());
    // 2027 demo tables: Z03 1,450 × 1.045³ = 1,654.69 /m²; HABITACIONAL_MEDIO BUENO 5,100 × 1.045³
    // = 5,819.95 /m²
    AssessmentRunResult first = assessment.assess(List.of(p.getId()), 2027, 1L);
    assertThat(first.assessed()).isEqualTo(1);
    ValuationView v =
        admin.call(() -> predial.find(p.getId())).valuations().stream()
            .filter(x -> x.fiscalYear() == 2027)
            .findFirst()
            .orElseThrow();
    assertThat(v.landValue()).isEqualTo(new BigDecimal("330938.00"));
    assertThat(v.constructionValue()).isEqualTo(new BigDecimal("581995.00"));
    assertThat(v.valorCatastral()).isEqualTo(new BigDecimal("912933.00"));
    assertThat(v.annualTax()).isEqualTo(new BigDecimal("1825.87"));
    assertThat(assessment.assess(List.of(p.getId()), 2027, 2L).unchanged()).isEqualTo(1);
  }

  @Test
  void aCfdiIsBuiltValidatedStampedByThePacOnceAndKept() throws Exception {
    Predio p = data.predio(TestCurps.next(), "650.00");
    ensureSession();
    BigDecimal total = admin.call(() -> predial.statement(p.getId(), today())).total();
    PaymentView paid =
        admin.call(
            () ->
                payments.payAtCounter(
                    new CashPaymentCommand(
                        p.getClaveCatastral(),
                        total,
                        "EFECTIVO",
                        null,
                        null,
                        null,
                        UUID.randomUUID().toString())));
    assertThatThrownBy(
            () ->
                admin.call(
                    () ->
                        payments.requestCfdi(
                            paid.folio(), new CfdiCommand("NOESRFC", "X", "91700", "605", "S01"))))
        .hasMessageContaining("RFC");
    String xml =
        admin.call(
            () ->
                payments.requestCfdi(paid.folio(), new CfdiCommand(null, null, null, null, null)));
    assertThat(xml)
        .contains("TimbreFiscalDigital")
        .contains("XAXX010101000")
        .contains("Version=\"4.0\"");
    String uuid = admin.call(() -> payments.payment(paid.folio())).cfdiUuid();
    assertThat(uuid).matches("[0-9A-F-]{36}");
    assertThat(admin.call(() -> payments.requestCfdi(paid.folio(), null))).isEqualTo(xml);
  }

  private void ensureSession() throws Exception {
    admin.call(
        () ->
            payments.currentSession() == null
                ? payments.openSession(new BigDecimal("1000.00"))
                : null);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Mexico_City"));
  }

  private static String event(
      String id, String type, String charge, String amount, long offsetSeconds) {
    long created = Instant.now().getEpochSecond() + offsetSeconds;
    return "{\"id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"created\":"
        + created
        + ",\"data\":{\"chargeId\":\""
        + charge
        + "\",\"reference\":\"x\",\"amount\":\""
        + amount
        + "\",\"currency\":\"MXN\",\"status\":\"paid\","
        + "\"authorization\":\"654321\",\"paidAt\":\""
        + Instant.now()
        + "\"}}";
  }

  private static String sign(String body) {
    long t = Instant.now().getEpochSecond();
    return "t=" + t + ",v1=" + WebhookSignature.sign(SECRET, t, bytes(body));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
