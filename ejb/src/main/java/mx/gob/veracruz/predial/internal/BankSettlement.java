package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.cobros.CheckDigitAlgorithms;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.IdBlockFacade;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.internal.SettlementRepository.LineResult;
import mx.gob.veracruz.predial.internal.SettlementRepository.LockedPredio;
import mx.gob.veracruz.predial.internal.SettlementRepository.NewPayment;
import mx.gob.veracruz.predial.internal.SettlementRepository.NewPaymentLine;
import mx.gob.veracruz.predial.internal.SettlementRepository.PendingLine;
import mx.gob.veracruz.predial.internal.SettlementRepository.Slip;
import mx.gob.veracruz.predial.internal.SettlementRepository.Year;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.ReferenciaStatus;

// Why its own bean: the set-based match of bank lines (issue 14); gateway report lines, few and
// tied to the webhook's charges, keep the entity path in LineMatcher.
/**
 * Matches and applies one chunk of bank lines as a set: reads the chunk's slips, already posted
 * keys, predios (locked in id order), years and benefits in a few {@code in} queries; runs the same
 * rules as {@link LineMatcher#bank} and the same statement engine and allocation as {@link
 * PaymentPosting} on plain rows in memory (two lines of one predio see each other's credits); then
 * writes payments, their allocation lines, the years' credits, the predios' versions, the slips
 * paid and every line's outcome as one JDBC batch each, inside the chunk's transaction. Every line
 * ends in exactly one outcome; the unique payment key and the {@code OUTCOME IS NULL} guard make a
 * restarted chunk post nothing twice.
 */
@ApplicationScoped
public class BankSettlement {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String FOLIO = "\u0000folio\u0000";
  private static final String PAGO_ID = "\u0000pago\u0000";

  @Inject private SettlementRepository sql;
  @Inject private PredialSettings settings;
  @Inject private RuleTables rules;
  @Inject private FolioFacade folios;
  @Inject private IdBlockFacade ids;
  @Inject private mx.gob.veracruz.cobros.CobrosBatchFacade cobros;

  /** A payment computed for a line, before its id and folio are known. */
  private static final class Posting {
    final PendingLine line;
    final long predioId;
    final String externalKey;
    final String channelDetail;
    final BigDecimal amount;
    final LocalDate statementDate;
    final BigDecimal balanceAfter;
    final String payerName;
    final boolean pastYears;
    final List<PaymentAllocator.Allocation> allocations;
    final Slip paysSlip;
    final String bank;
    long id;
    String folio;

    Posting(
        PendingLine line,
        long predioId,
        String externalKey,
        String channelDetail,
        BigDecimal amount,
        LocalDate statementDate,
        BigDecimal balanceAfter,
        String payerName,
        boolean pastYears,
        List<PaymentAllocator.Allocation> allocations,
        Slip paysSlip,
        String bank) {
      this.line = line;
      this.predioId = predioId;
      this.externalKey = externalKey;
      this.channelDetail = channelDetail;
      this.amount = amount;
      this.statementDate = statementDate;
      this.balanceAfter = balanceAfter;
      this.payerName = payerName;
      this.pastYears = pastYears;
      this.allocations = allocations;
      this.paysSlip = paysSlip;
      this.bank = bank;
    }
  }

  /**
   * An outcome; its detail may name the folio of the line's payment ({@code posting}) or the id of
   * the payment that paid its slip earlier in the chunk ({@code mentions}), both known only after
   * the chunk's ids are taken.
   */
  private record Result(
      PendingLine line,
      LineOutcome outcome,
      String detail,
      Posting posting,
      Long predioId,
      Posting mentions) {
    Result(PendingLine line, LineOutcome outcome, String detail, Posting posting, Long predioId) {
      this(line, outcome, detail, posting, predioId, null);
    }
  }

  /**
   * Applies these bank lines (all without outcome, of files of {@code bankByFile}); returns the
   * count per outcome.
   */
  public Map<String, Long> match(List<PendingLine> lines, Map<Long, String> bankByFile) {
    Map<String, Long> counts = new HashMap<>();
    if (lines.isEmpty()) {
      return counts;
    }
    Map<String, java.util.Optional<String>> algorithms = new HashMap<>();
    List<Result> results = new ArrayList<>(lines.size());
    List<PendingLine> wellFormed = new ArrayList<>(lines.size());
    for (PendingLine l : lines) {
      String bank = bankByFile.get(l.archivoId());
      String ref = l.referencia() == null ? "" : l.referencia();
      String algorithm =
          algorithms
              .computeIfAbsent(
                  bank,
                  b ->
                      settings.banks().stream()
                          .filter(x -> x.code().equalsIgnoreCase(b))
                          .map(mx.gob.veracruz.cobros.Bank::algorithm)
                          .findFirst())
              .orElse(null);
      if (!ref.matches("\\d{17,18}")
          || l.amount() == null
          || l.amount().signum() <= 0
          || algorithm != null && !CheckDigitAlgorithms.byId(algorithm).isValid(ref)) {
        results.add(
            new Result(
                l,
                LineOutcome.MAL_FORMADA,
                "Referencia o importe con formato inválido para " + bank,
                null,
                null));
      } else {
        wellFormed.add(l);
      }
    }
    // The chunk's working set, a few set queries.
    Map<String, Slip> slips =
        sql.slips(wellFormed.stream().map(PendingLine::referencia).distinct().toList());
    List<String> keys = new ArrayList<>();
    Set<Long> predioIds = new java.util.HashSet<>();
    for (PendingLine l : wellFormed) {
      Slip s = slips.get(l.referencia());
      if (s != null) {
        keys.add(key(bankByFile.get(l.archivoId()), l));
        predioIds.add(s.predioId());
      }
    }
    Set<String> otherModules =
        cobros.slipReferences(
            wellFormed.stream()
                .map(PendingLine::referencia)
                .filter(ref -> !slips.containsKey(ref))
                .distinct()
                .toList());
    Set<String> posted = sql.postedKeys(keys);
    Map<Long, LockedPredio> predios = sql.lockPredios(predioIds);
    Map<Long, List<Year>> years = sql.years(predioIds);
    Set<Long> special = sql.withActiveBenefit(predioIds);
    List<StatementRules.Condonation> campaigns = rules.campaigns();
    Map<Integer, StatementRules> ruleCache = new HashMap<>();
    java.util.function.IntFunction<StatementRules> rulesByYear =
        y -> ruleCache.computeIfAbsent(y, k -> rules.statementRules(k, campaigns));
    Map<Long, String> slipStatus = new HashMap<>();
    Map<Long, Posting> paidInChunk = new HashMap<>();
    List<Posting> postings = new ArrayList<>();
    Map<Long, LockedPredio> paidPredios = new LinkedHashMap<>();
    for (PendingLine l : wellFormed) {
      String bank = bankByFile.get(l.archivoId());
      Slip r = slips.get(l.referencia());
      if (r == null) {
        results.add(
            otherModules.contains(l.referencia())
                ? otherModule(l, bank)
                : new Result(
                    l,
                    LineOutcome.DESCONOCIDA,
                    "La referencia no corresponde a ningún formato emitido",
                    null,
                    null));
        continue;
      }
      String key = key(bank, l);
      String status = slipStatus.getOrDefault(r.id(), r.status());
      Posting paidBy = paidInChunk.get(r.id());
      if (posted.contains(key) || ReferenciaStatus.PAGADA.name().equals(status)) {
        results.add(
            new Result(
                l,
                LineOutcome.DUPLICADO,
                "La referencia ya fue pagada"
                    + (paidBy != null
                        ? " (pago " + PAGO_ID + ")"
                        : r.pagoId() == null ? "" : " (pago " + r.pagoId() + ")"),
                null,
                r.predioId(),
                paidBy));
        continue;
      }
      LocalDateTime paid = LocalDateTime.ofInstant(l.paidAt(), Reconciler.BANK_TIME);
      if (ReferenciaStatus.SUSTITUIDA.name().equals(status)
          || paid.toLocalDate().isAfter(r.validUntil())) {
        results.add(
            new Result(
                l,
                LineOutcome.VENCIDA,
                ReferenciaStatus.SUSTITUIDA.name().equals(status)
                    ? "Referencia sustituida por un formato posterior"
                    : "Pagada el " + paid.toLocalDate() + ", vigente hasta el " + r.validUntil(),
                null,
                r.predioId()));
        continue;
      }
      LockedPredio p = predios.get(r.predioId());
      List<Year> ys = years.getOrDefault(r.predioId(), List.of());
      Statement st = statement(p, ys, special.contains(p.id()), r.statementDate(), rulesByYear);
      BigDecimal amount = l.amount();
      int cmp = amount.compareTo(r.amount());
      BigDecimal toPost = cmp > 0 ? r.amount() : amount;
      if (st.total().compareTo(toPost) < 0) {
        toPost = st.total();
      }
      if (toPost.signum() <= 0) {
        results.add(
            new Result(
                l,
                LineOutcome.SOBREPAGO,
                "El predio ya no tenía adeudo: " + amount + " por devolver",
                null,
                r.predioId()));
        continue;
      }
      List<PaymentAllocator.Allocation> allocations;
      try {
        allocations = PaymentAllocator.allocate(st.lines(), toPost);
      } catch (BusinessRuleException e) {
        results.add(
            new Result(
                l, LineOutcome.SOBREPAGO, "No aplicable: " + e.getMessage(), null, r.predioId()));
        continue;
      }
      int paidYear = l.paidAt().atZone(CityClock.ZONE).getYear();
      boolean paysInFull = cmp >= 0 && toPost.compareTo(r.amount()) == 0;
      Posting posting =
          new Posting(
              l,
              p.id(),
              key,
              bank + " · referencia " + l.referencia() + " · autorización " + l.authorization(),
              toPost,
              r.statementDate(),
              st.total().subtract(toPost).max(BigDecimal.ZERO).setScale(2),
              st.ownerName(),
              allocations.stream().anyMatch(a -> a.fiscalYear() < paidYear),
              allocations,
              paysInFull ? r : null,
              bank);
      for (PaymentAllocator.Allocation a : allocations) {
        Year y = ys.stream().filter(x -> x.fiscalYear == a.fiscalYear()).findFirst().orElseThrow();
        y.creditedTax = y.creditedTax.add(a.taxCredit());
        y.creditedSurcharge = y.creditedSurcharge.add(a.surchargeCredit());
        y.changed = true;
      }
      posted.add(key);
      postings.add(posting);
      paidPredios.put(p.id(), p);
      if (paysInFull) {
        slipStatus.put(r.id(), ReferenciaStatus.PAGADA.name());
        paidInChunk.put(r.id(), posting);
      }
      BigDecimal excess = amount.subtract(toPost);
      if (excess.signum() > 0) {
        results.add(
            new Result(
                l,
                LineOutcome.SOBREPAGO,
                "Aplicado "
                    + toPost
                    + "; excedente "
                    + excess
                    + " por devolver (pago "
                    + FOLIO
                    + ")",
                posting,
                r.predioId()));
      } else if (cmp < 0) {
        results.add(
            new Result(
                l,
                LineOutcome.PARCIAL,
                "Pago parcial de " + amount + " sobre " + r.amount() + " (pago " + FOLIO + ")",
                posting,
                r.predioId()));
      } else {
        results.add(new Result(l, LineOutcome.APLICADO, "Pago " + FOLIO, posting, r.predioId()));
      }
    }
    write(postings, years, paidPredios, results);
    for (Result r : results) {
      counts.merge(r.outcome().name(), 1L, Long::sum);
    }
    return counts;
  }

  /** Ids and folios for the chunk's payments, then one batch per table. */
  private void write(
      List<Posting> postings,
      Map<Long, List<Year>> years,
      Map<Long, LockedPredio> paidPredios,
      List<Result> results) {
    Instant now = Instant.now();
    List<NewPayment> payments = new ArrayList<>(postings.size());
    List<NewPaymentLine> lines = new ArrayList<>();
    Map<Long, Long> paidSlips = new HashMap<>();
    if (!postings.isEmpty()) {
      long nextPago = ids.reserve("PREDIAL_PAGO", postings.size());
      int lineCount = postings.stream().mapToInt(p -> p.allocations.size()).sum();
      long nextLine = lineCount == 0 ? 0 : ids.reserve("PREDIAL_PAGO_LINEA", lineCount);
      java.util.Iterator<String> folio = folios.reserve("PRED", postings.size()).iterator();
      for (Posting p : postings) {
        p.id = nextPago++;
        p.folio = folio.next();
        payments.add(
            new NewPayment(
                p.id,
                p.folio,
                p.predioId,
                PaymentChannel.BANCO.name(),
                p.channelDetail,
                p.externalKey,
                p.amount,
                p.statementDate,
                p.balanceAfter,
                p.line.paidAt(),
                p.payerName,
                PaymentStatus.APLICADO.name(),
                HexFormat.of().formatHex(bytes(8)),
                now,
                p.bank,
                p.pastYears));
        for (PaymentAllocator.Allocation a : p.allocations) {
          lines.add(
              new NewPaymentLine(
                  nextLine++,
                  p.id,
                  a.fiscalYear(),
                  a.surcharge(),
                  a.tax(),
                  a.discount(),
                  a.condonation()));
        }
        if (p.paysSlip != null) {
          paidSlips.put(p.paysSlip.id(), p.id);
        }
      }
    }
    List<LineResult> outcomes = new ArrayList<>(results.size());
    for (Result r : results) {
      String detail = r.detail();
      if (r.posting() != null) {
        detail = detail.replace(FOLIO, r.posting().folio);
      }
      if (r.mentions() != null) {
        detail = detail.replace(PAGO_ID, Long.toString(r.mentions().id));
      }
      outcomes.add(
          new LineResult(
              r.line().id(),
              r.outcome().name(),
              Reconciler.cut(detail),
              r.posting() == null ? null : r.posting().id,
              r.predioId()));
    }
    sql.insertPayments(payments);
    sql.insertPaymentLines(lines);
    sql.updateYears(years.values().stream().flatMap(List::stream).filter(y -> y.changed).toList());
    sql.touchPredios(new ArrayList<>(paidPredios.values()), now);
    sql.paySlips(paidSlips);
    sql.setOutcomes(outcomes);
  }

  /** Not a predial slip: the charge of whichever module issued it (trámites, becas, ...). */
  private Result otherModule(PendingLine l, String bank) {
    mx.gob.veracruz.cobros.BankLineResult other;
    try {
      other = cobros.bankLine(l.referencia(), bank, l.amount(), l.paidAt(), l.authorization());
    } catch (jakarta.ejb.EJBException | BusinessRuleException e) {
      return new Result(
          l,
          LineOutcome.DESCONOCIDA,
          "No se pudo aplicar al cobro de otro módulo: revisar",
          null,
          null);
    }
    if (other != null) {
      return new Result(l, LineOutcome.valueOf(other.outcome()), other.detail(), null, null);
    }
    return new Result(
        l,
        LineOutcome.DESCONOCIDA,
        "La referencia no corresponde a ningún formato emitido",
        null,
        null);
  }

  /** The one statement engine, on the rows read with the chunk. */
  static Statement statement(
      LockedPredio p,
      List<Year> years,
      boolean special,
      LocalDate asOf,
      java.util.function.IntFunction<StatementRules> rulesByYear) {
    return StatementService.statement(
        p.id(),
        p.clave(),
        StatementService.firstOwner(p.propietarios()),
        StatementService.address(p.calle(), p.numero()),
        years.stream()
            .map(
                y ->
                    new StatementCalculator.YearDebt(
                        y.fiscalYear, y.annualTax, y.creditedTax, y.creditedSurcharge))
            .toList(),
        special,
        asOf,
        rulesByYear);
  }

  static String key(String bank, PendingLine l) {
    return "banco:" + bank + ":" + l.referencia() + ":" + l.authorization();
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
