package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.BankLine;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Alerta;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PagoLinea;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Referencia;

/**
 * Matches settlement lines to bank references or gateway charges and applies them. Every line ends
 * in exactly one outcome; a line that already has one is never touched again, and a payment's
 * external key (bank + reference + authorisation, or the charge id shared with the webhook) is
 * unique, so a restarted chunk can never post a payment twice.
 */
@ApplicationScoped
public class Reconciler {
  static final ZoneId BANK_TIME = CityClock.ZONE;

  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;
  @Inject private PaymentPosting posting;
  @Inject private PredialSettings settings;
  @Inject private RuleTables rules;
  @Inject private mx.gob.veracruz.common.FolioFacade folios;

  /**
   * One chunk's working set, read with a handful of set queries instead of several per line: the
   * lines, their references or charges, the payments already posted under their keys, the accounts
   * (predio, years, discount) they touch. Years are managed entities credited in memory, so two
   * lines of the same predio in one chunk see each other; every write goes out in JDBC batches at
   * the chunk's commit.
   */
  private final class Chunk {
    private final Map<Integer, StatementRules> cache = new HashMap<>();
    private final java.util.Deque<String> folioPool = new java.util.ArrayDeque<>();
    private final int size;
    private final Map<String, Referencia> references = new HashMap<>();
    private final Map<String, Cargo> charges = new HashMap<>();
    private final java.util.Set<String> postedKeys = new java.util.HashSet<>();
    private final Map<Long, Predio> predios = new HashMap<>();
    private final Map<Long, List<Anualidad>> years = new HashMap<>();
    private final java.util.Set<Long> special = new java.util.HashSet<>();
    private final java.util.Set<Long> locked = new java.util.HashSet<>();
    private final List<PagoLinea> pendingLines = new java.util.ArrayList<>();
    private final Map<String, java.util.Optional<String>> algorithms = new HashMap<>();
    private final List<StatementRules.Condonation> campaigns;

    Chunk(int size) {
      this.size = size;
      this.campaigns = rules.campaigns();
    }

    StatementRules rules(int year) {
      return cache.computeIfAbsent(year, y -> rules.statementRules(y, campaigns));
    }

    /**
     * One short transaction per chunk for folios, not one per payment (unused ones are skipped).
     */
    String nextFolio() {
      if (folioPool.isEmpty()) {
        folioPool.addAll(folios.reserve("PRED", Math.max(1, size)));
      }
      return folioPool.poll();
    }

    void load(List<ArchivoLinea> lines, Map<Long, Archivo> files) {
      List<String> refs = new java.util.ArrayList<>();
      List<String> chargeIds = new java.util.ArrayList<>();
      for (ArchivoLinea l : lines) {
        if (l.getReferencia() != null) {
          (isGateway(files.get(l.getArchivoId())) ? chargeIds : refs).add(l.getReferencia());
        }
      }
      java.util.Set<Long> predioIds = new java.util.HashSet<>();
      List<String> keys = new java.util.ArrayList<>();
      for (List<String> part : parts(refs)) {
        for (Referencia r : reconciliations.referencesIn(part)) {
          references.put(r.getReferencia(), r);
          predioIds.add(r.getPredioId());
        }
      }
      for (List<String> part : parts(chargeIds)) {
        for (Cargo c : reconciliations.chargesIn(part)) {
          charges.put(c.getChargeId(), c);
          predioIds.add(c.getPredioId());
          keys.add("pasarela:" + c.getChargeId());
        }
      }
      for (ArchivoLinea l : lines) {
        Archivo a = files.get(l.getArchivoId());
        if (!isGateway(a) && l.getReferencia() != null) {
          keys.add(bankKey(a, l));
        }
      }
      for (List<String> part : parts(keys)) {
        postedKeys.addAll(reconciliations.postedExternalKeys(part));
      }
      for (List<Long> part : parts(new java.util.ArrayList<>(predioIds))) {
        for (Predio p : reconciliations.prediosIn(part)) {
          predios.put(p.getId(), p);
        }
        for (Anualidad a : reconciliations.yearsOf(part)) {
          years.computeIfAbsent(a.getPredioId(), k -> new java.util.ArrayList<>()).add(a);
        }
        special.addAll(reconciliations.withActiveBenefit(part));
      }
    }

    Statement statement(Predio p, LocalDate asOf) {
      return StatementService.statement(
          p,
          years.getOrDefault(p.getId(), List.of()),
          special.contains(p.getId()),
          asOf,
          this::rules);
    }

    Pago post(PaymentPosting.PostCommand c) {
      if (postedKeys.contains(c.externalKey())) {
        throw new BusinessRuleException(
            "pago-duplicado", null, "Este pago ya fue registrado (" + c.externalKey() + ")");
      }
      Predio p = predios.get(c.predioId());
      if (locked.add(p.getId())) {
        repo.lockForPayment(p);
      }
      PaymentPosting.Posted posted =
          posting.post(
              c,
              p,
              years.getOrDefault(p.getId(), List.of()),
              statement(p, c.statementDate()),
              this::nextFolio);
      postedKeys.add(c.externalKey());
      pendingLines.addAll(posted.lines());
      return posted.pago();
    }

    /** Payments first (the allocation lines reference them), then the lines; all batched. */
    void finish() {
      repo.flush();
      pendingLines.forEach(repo::persist);
      repo.flush();
    }
  }

  private static boolean isGateway(Archivo a) {
    return "GATEWAY-CSV".equals(a.getLayout());
  }

  private static String bankKey(Archivo a, ArchivoLinea l) {
    return "banco:" + a.getBank() + ":" + l.getReferencia() + ":" + l.getAuthorizationCode();
  }

  private static <T> List<List<T>> parts(List<T> all) {
    List<List<T>> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += 1000) {
      out.add(all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return out;
  }

  /**
   * Parses and stores a chunk of raw lines (headers and trailers skipped); malformed ones get their
   * outcome at once.
   */
  public void insert(List<BankLine> raw) {
    Map<Long, BankFileLayout> layouts = new HashMap<>();
    for (BankLine r : raw) {
      BankFileLayout layout =
          layouts.computeIfAbsent(
              r.archivoId(),
              id -> {
                String l = reconciliations.archivo(id).getLayout();
                return "GATEWAY-CSV".equals(l)
                    ? new GatewayReportLayout()
                    : BankFileLayouts.byId(l);
              });
      String line = r.raw();
      if (layout.isHeader(line) || layout.isTrailer(line)) {
        continue;
      }
      BankFileLayout.Detail d = layout.detail(line);
      BankLine b =
          new BankLine(
              r.archivoId(),
              r.lineNo(),
              line,
              d.reference(),
              d.amount(),
              d.paidAt(),
              d.channel(),
              d.authorization(),
              d.problem());
      ArchivoLinea l = new ArchivoLinea();
      l.setArchivoId(b.archivoId());
      l.setLineNo(b.lineNo());
      l.setRawLine(b.raw() == null ? null : b.raw().substring(0, Math.min(200, b.raw().length())));
      l.setReferencia(
          b.reference() == null
              ? null
              : b.reference().substring(0, Math.min(40, b.reference().length())));
      l.setAmount(b.amount());
      l.setPaidAt(b.paidAt() == null ? null : b.paidAt().atZone(BANK_TIME).toInstant());
      l.setChannel(b.channel());
      l.setAuthorizationCode(b.authorization());
      if (b.problem() != null) {
        l.setOutcome(LineOutcome.MAL_FORMADA);
        l.setDetail(cut(b.problem()));
      }
      repo.persist(l);
    }
  }

  /**
   * Keyset page of line ids still without outcome in the files of one job instance, in id order.
   * One range scan per file on (ARCHIVO_ID, OUTCOME, ID) and a merge: a join of lines and files
   * made MariaDB read and sort every pending line of the file for each page (measured: 1 s per page
   * at 1,000,000 lines, the job slowing down as it went).
   */
  public List<Long> pending(long jobInstanceId, long afterId, int limit) {
    List<Long> files =
        repo.list(Archivo.class, "Archivo.byJob", "job", jobInstanceId).stream()
            .filter(a -> a.getStatus() == ArchivoStatus.VALIDADO)
            .map(Archivo::getId)
            .toList();
    List<Long> ids = new ArrayList<>();
    for (Long file : files) {
      ids.addAll(reconciliations.pendingLineIds(file, afterId, limit));
    }
    if (files.size() > 1) {
      ids.sort(null);
    }
    return ids.size() > limit ? new ArrayList<>(ids.subList(0, limit)) : ids;
  }

  public Map<String, Long> match(List<Long> lineIds) {
    Map<String, Long> counts = new HashMap<>();
    if (lineIds.isEmpty()) {
      return counts;
    }
    Chunk chunk = new Chunk(lineIds.size());
    List<ArchivoLinea> lines = new java.util.ArrayList<>();
    for (List<Long> part : parts(lineIds)) {
      lines.addAll(reconciliations.pendingLines(part));
    }
    lines.sort(java.util.Comparator.comparing(ArchivoLinea::getId));
    Map<Long, Archivo> files = new HashMap<>();
    for (ArchivoLinea l : lines) {
      files.computeIfAbsent(l.getArchivoId(), reconciliations::archivo);
    }
    chunk.load(lines, files);
    for (ArchivoLinea l : lines) {
      Archivo a = files.get(l.getArchivoId());
      if (isGateway(a)) {
        gateway(l, chunk);
      } else {
        bank(l, a, chunk);
      }
      counts.merge(LineOutcome.code(l.getOutcome()), 1L, Long::sum);
    }
    chunk.finish();
    return counts;
  }

  /**
   * Flags the online payments a webhook applied on the gateway report's (UTC) date that the report
   * does not list: the money may never reach the treasury. Once per report and payment.
   */
  public int flagUnreported(Archivo report) {
    if (!isGateway(report)) {
      return 0;
    }
    List<Pago> missing = reconciliations.onlinePaymentsMissingFrom(report);
    int flagged = 0;
    for (Pago p : missing) {
      if (repo.one(
              Alerta.class, "Alerta.byArchivoPago", "archivo", report.getId(), "pago", p.getId())
          .isEmpty()) {
        repo.persist(
            new Alerta(
                report.getId(),
                p,
                Alerta.SIN_REPORTE,
                cut(
                    "Pago "
                        + p.getFolio()
                        + " aplicado por el aviso de la pasarela ("
                        + p.getExternalKey().substring("pasarela:".length())
                        + ") que no aparece en su reporte del "
                        + report.getBusinessDate())));
      }
      flagged++;
    }
    return flagged;
  }

  private void bank(ArchivoLinea l, Archivo a, Chunk chunk) {
    String ref = l.getReferencia() == null ? "" : l.getReferencia();
    String algorithm =
        chunk
            .algorithms
            .computeIfAbsent(
                a.getBank(),
                bank ->
                    settings.banks().stream()
                        .filter(b -> b.code().equalsIgnoreCase(bank))
                        .map(PredialSettings.Bank::algorithm)
                        .findFirst())
            .orElse(null);
    if (!ref.matches("\\d{17,18}")
        || l.getAmount() == null
        || l.getAmount().signum() <= 0
        || algorithm != null && !CheckDigitAlgorithms.byId(algorithm).isValid(ref)) {
      outcome(
          l,
          LineOutcome.MAL_FORMADA,
          "Referencia o importe con formato inválido para " + a.getBank());
      return;
    }
    Referencia r = chunk.references.get(ref);
    if (r == null) {
      outcome(l, LineOutcome.DESCONOCIDA, "La referencia no corresponde a ningún formato emitido");
      return;
    }
    l.setPredioId(r.getPredioId());
    String key = bankKey(a, l);
    if (chunk.postedKeys.contains(key) || "PAGADA".equals(r.getStatus())) {
      outcome(
          l,
          LineOutcome.DUPLICADO,
          "La referencia ya fue pagada"
              + (r.getPagoId() == null ? "" : " (pago " + r.getPagoId() + ")"));
      return;
    }
    LocalDateTime paid = LocalDateTime.ofInstant(l.getPaidAt(), BANK_TIME);
    if ("SUSTITUIDA".equals(r.getStatus()) || paid.toLocalDate().isAfter(r.getValidUntil())) {
      outcome(
          l,
          LineOutcome.VENCIDA,
          "SUSTITUIDA".equals(r.getStatus())
              ? "Referencia sustituida por un formato posterior"
              : "Pagada el " + paid.toLocalDate() + ", vigente hasta el " + r.getValidUntil());
      return;
    }
    BigDecimal amount = l.getAmount();
    int cmp = amount.compareTo(r.getAmount());
    BigDecimal toPost = cmp > 0 ? r.getAmount() : amount;
    Predio p = chunk.predios.get(r.getPredioId());
    Statement st = chunk.statement(p, r.getStatementDate());
    if (st.total().compareTo(toPost) < 0) {
      toPost = st.total();
    }
    if (toPost.signum() <= 0) {
      outcome(
          l, LineOutcome.SOBREPAGO, "El predio ya no tenía adeudo: " + amount + " por devolver");
      return;
    }
    try {
      Pago pago =
          chunk.post(
              new PaymentPosting.PostCommand(
                  p.getId(),
                  PaymentChannel.BANCO,
                  a.getBank()
                      + " · referencia "
                      + ref
                      + " · autorización "
                      + l.getAuthorizationCode(),
                  key,
                  toPost,
                  r.getStatementDate(),
                  l.getPaidAt(),
                  null,
                  null,
                  null,
                  null));
      l.setPagoId(pago.getId());
      if (cmp >= 0 && toPost.compareTo(r.getAmount()) == 0) {
        r.setStatus("PAGADA");
        r.setPagoId(pago.getId());
      }
      BigDecimal excess = amount.subtract(toPost);
      if (excess.signum() > 0) {
        outcome(
            l,
            LineOutcome.SOBREPAGO,
            "Aplicado "
                + toPost
                + "; excedente "
                + excess
                + " por devolver (pago "
                + pago.getFolio()
                + ")");
      } else if (cmp < 0) {
        outcome(
            l,
            LineOutcome.PARCIAL,
            "Pago parcial de "
                + amount
                + " sobre "
                + r.getAmount()
                + " (pago "
                + pago.getFolio()
                + ")");
      } else {
        outcome(l, LineOutcome.APLICADO, "Pago " + pago.getFolio());
      }
    } catch (BusinessRuleException e) {
      outcome(l, LineOutcome.SOBREPAGO, "No aplicable: " + e.getMessage());
    }
  }

  /**
   * A gateway report line: confirm what the webhook applied; apply what the webhook never brought.
   */
  private void gateway(ArchivoLinea l, Chunk chunk) {
    Cargo c = l.getReferencia() == null ? null : chunk.charges.get(l.getReferencia());
    if (c == null) {
      outcome(l, LineOutcome.DESCONOCIDA, "El cargo no es nuestro");
      return;
    }
    l.setPredioId(c.getPredioId());
    if (l.getAmount() == null || l.getAmount().compareTo(c.getAmount()) != 0) {
      outcome(l, LineOutcome.DESCONOCIDA, AmountMismatch.describe(l.getAmount(), c.getAmount()));
      return;
    }
    if (c.getStatus() == CargoStatus.PAGADO) {
      l.setPagoId(c.getPagoId());
      outcome(l, LineOutcome.CONFIRMADO, "Aplicado antes por el aviso de la pasarela");
      return;
    }
    try {
      Pago pago =
          chunk.post(
              new PaymentPosting.PostCommand(
                  c.getPredioId(),
                  PaymentChannel.EN_LINEA,
                  "Autorización "
                      + l.getAuthorizationCode()
                      + " · cargo "
                      + c.getChargeId()
                      + " (conciliación)",
                  "pasarela:" + c.getChargeId(),
                  c.getAmount(),
                  c.getStatementDate(),
                  l.getPaidAt(),
                  c.getPayerName(),
                  null,
                  null,
                  null));
      c.setStatus(CargoStatus.PAGADO);
      c.setCompletedAt(java.time.Instant.now());
      c.setPagoId(pago.getId());
      l.setPagoId(pago.getId());
      outcome(
          l,
          LineOutcome.APLICADO,
          "Sin aviso de la pasarela: aplicado por la conciliación (pago " + pago.getFolio() + ")");
    } catch (BusinessRuleException e) {
      outcome(l, LineOutcome.SOBREPAGO, "No aplicable: " + e.getMessage());
    }
  }

  private static void outcome(ArchivoLinea l, LineOutcome outcome, String detail) {
    l.setOutcome(outcome);
    l.setDetail(cut(detail));
  }

  private static String cut(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300);
  }
}
