package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PagoLinea;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.Predio;

/**
 * Posts a payment to a predio, whatever the channel: locks the account, recomputes the statement as
 * of the agreed date, allocates oldest year first (recargos, then tax), credits each year, and
 * records the payment with its receipt folio. The channel's key (gateway charge, bank reference,
 * cashier ticket) is unique: the same payment can never be posted twice.
 */
@ApplicationScoped
public class PaymentPosting {
  private static final Logger LOG = Logger.getLogger(PaymentPosting.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * What to post. {@code statementDate} fixes discounts and recargos (a slip's or charge's date).
   */
  public record PostCommand(
      Long predioId,
      PaymentChannel channel,
      String channelDetail,
      String externalKey,
      BigDecimal amount,
      LocalDate statementDate,
      Instant paidAt,
      String payerName,
      String payerRfc,
      String cashier,
      Long sessionId) {}

  @Inject private PredialRepository repo;
  @Inject private StatementService statements;
  @Inject private FolioFacade folios;

  public Pago post(PostCommand c) {
    return post(c, () -> folios.next("PRED"), null);
  }

  /**
   * Bulk posting (reconciliation): folios from a reserved block, fiscal-year rules cached per
   * chunk.
   */
  public Pago post(
      PostCommand c,
      java.util.function.Supplier<String> folio,
      java.util.function.IntFunction<StatementRules> rules) {
    if (repo.one(Pago.class, "Pago.byExternalKey", "key", c.externalKey()).isPresent()) {
      throw new BusinessRuleException(
          "pago-duplicado", null, "Este pago ya fue registrado (" + c.externalKey() + ")");
    }
    Predio predio = repo.lockForPayment(c.predioId());
    Statement st =
        rules == null
            ? statements.statement(predio, c.statementDate())
            : statements.statement(predio, c.statementDate(), rules);
    List<Anualidad> years =
        repo.list(Anualidad.class, "Anualidad.byPredio", "predioId", predio.getId());
    Posted posted = post(c, predio, years, st, folio);
    repo.flush(); // the lines reference the payment: no mapped relation tells EclipseLink the
    // insert order
    posted.lines().forEach(repo::persist);
    repo.flush();
    return posted.pago();
  }

  /**
   * A payment persisted and its allocation lines, not yet persisted (they must be inserted after
   * it).
   */
  public record Posted(Pago pago, List<PagoLinea> lines) {}

  /**
   * Posts on an account already read and locked by the caller: credits {@code years} (managed) and
   * persists the payment; the caller flushes, then persists the lines. The caller has checked that
   * the external key is new; the unique index on it is the last guard.
   */
  public Posted post(
      PostCommand c,
      Predio predio,
      List<Anualidad> years,
      Statement st,
      java.util.function.Supplier<String> folio) {
    List<PaymentAllocator.Allocation> allocations =
        PaymentAllocator.allocate(st.lines(), c.amount());
    Pago pago = new Pago();
    pago.setFolio(folio.get());
    pago.setPredioId(predio.getId());
    pago.setChannel(c.channel());
    pago.setChannelDetail(c.channelDetail());
    pago.setExternalKey(c.externalKey());
    pago.setAmount(c.amount());
    pago.setStatementDate(c.statementDate());
    // A partial payment's receipt says what is left; an overpayment leaves nothing owed.
    pago.setBalanceAfter(
        st.total().subtract(c.amount()).max(java.math.BigDecimal.ZERO).setScale(2));
    pago.setPaidAt(c.paidAt());
    pago.setPayerName(
        c.payerName() == null || c.payerName().isBlank() ? st.ownerName() : c.payerName().trim());
    pago.setPayerRfc(
        c.payerRfc() == null || c.payerRfc().isBlank() ? null : c.payerRfc().trim().toUpperCase());
    pago.setCashier(c.cashier());
    pago.setCajaSesionId(c.sessionId());
    pago.setStatus(PaymentStatus.APLICADO);
    pago.setVerificationCode(HexFormat.of().formatHex(bytes(8)));
    pago.setCreatedAt(Instant.now());
    int paidYear = c.paidAt().atZone(mx.gob.veracruz.common.CityClock.ZONE).getYear();
    pago.setPastYears(allocations.stream().anyMatch(a -> a.fiscalYear() < paidYear));
    repo.persist(pago);
    if (pago.getId() == null) {
      repo.flush(); // the table generator assigns ids at persist; this only guards another
      // configuration
    }
    List<PagoLinea> lines = new java.util.ArrayList<>();
    for (PaymentAllocator.Allocation a : allocations) {
      Anualidad year =
          years.stream().filter(y -> y.getFiscalYear() == a.fiscalYear()).findFirst().orElseThrow();
      year.setCreditedTax(year.getCreditedTax().add(a.taxCredit()));
      year.setCreditedSurcharge(year.getCreditedSurcharge().add(a.surchargeCredit()));
      PagoLinea line = new PagoLinea();
      line.setPagoId(pago.getId());
      line.setFiscalYear(a.fiscalYear());
      line.setSurcharge(a.surcharge());
      line.setTax(a.tax());
      line.setDiscount(a.discount());
      line.setCondonation(a.condonation());
      lines.add(line);
    }
    predio.touch(Instant.now());
    LOG.fine(
        () ->
            "Pago "
                + pago.getFolio()
                + " aplicado por "
                + c.channel()
                + ": "
                + c.amount().toPlainString());
    return new Posted(pago, lines);
  }

  /** Reverses a payment's credits (approved cancellation); the payment stays, marked CANCELADO. */
  public void reverse(Pago pago, String reason) {
    repo.lockForPayment(pago.getPredioId());
    List<Anualidad> years =
        repo.list(Anualidad.class, "Anualidad.byPredio", "predioId", pago.getPredioId());
    for (PagoLinea l : repo.list(PagoLinea.class, "PagoLinea.byPago", "pagoId", pago.getId())) {
      Anualidad year =
          years.stream()
              .filter(y -> y.getFiscalYear() == l.getFiscalYear())
              .findFirst()
              .orElseThrow();
      year.setCreditedTax(year.getCreditedTax().subtract(l.getTax().add(l.getDiscount())));
      year.setCreditedSurcharge(
          year.getCreditedSurcharge().subtract(l.getSurcharge().add(l.getCondonation())));
    }
    pago.setStatus(PaymentStatus.CANCELADO);
    pago.setCancelReason(reason);
    pago.setCancelledAt(Instant.now());
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
