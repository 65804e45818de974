package mx.gob.veracruz.predial.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PagoLinea;
import mx.gob.veracruz.predial.model.Predio;

// Why its own class: a plain object made per Reconciler.match call, so its maps never outlive the
// chunk (the beans around it are application-scoped).
/**
 * One chunk's working set of gateway report lines, read with a handful of set queries instead of
 * several per line: the lines, their charges, the payments already posted under their keys, the
 * accounts (predio, years, discount) they touch. Years are managed entities credited in memory, so
 * two lines of the same predio in one chunk see each other; every write goes out in JDBC batches at
 * the chunk's commit.
 */
public final class ReconciliationChunk {
  private final PredialRepository repo;
  private final ReconciliationRepository reconciliations;
  private final PaymentPosting posting;
  private final RuleTables rules;
  private final FolioFacade folios;

  private final Map<Integer, StatementRules> cache = new HashMap<>();
  private final java.util.Deque<String> folioPool = new java.util.ArrayDeque<>();
  private final int size;
  final Map<String, Cargo> charges = new HashMap<>();
  final java.util.Set<String> postedKeys = new java.util.HashSet<>();
  final Map<Long, Predio> predios = new HashMap<>();
  private final Map<Long, List<Anualidad>> years = new HashMap<>();
  private final java.util.Set<Long> special = new java.util.HashSet<>();
  private final java.util.Set<Long> locked = new java.util.HashSet<>();
  private final List<PagoLinea> pendingLines = new java.util.ArrayList<>();
  private final List<StatementRules.Condonation> campaigns;

  ReconciliationChunk(
      int size,
      PredialRepository repo,
      ReconciliationRepository reconciliations,
      PaymentPosting posting,
      RuleTables rules,
      FolioFacade folios) {
    this.repo = repo;
    this.reconciliations = reconciliations;
    this.posting = posting;
    this.rules = rules;
    this.folios = folios;
    this.size = size;
    this.campaigns = rules.campaigns();
  }

  StatementRules rules(int year) {
    return cache.computeIfAbsent(year, y -> rules.statementRules(y, campaigns));
  }

  /** One short transaction per chunk for folios, not one per payment (unused ones are skipped). */
  String nextFolio() {
    if (folioPool.isEmpty()) {
      folioPool.addAll(folios.reserve("PRED", Math.max(1, size)));
    }
    return folioPool.poll();
  }

  void load(List<ArchivoLinea> lines, Map<Long, Archivo> files) {
    List<String> chargeIds = new java.util.ArrayList<>();
    for (ArchivoLinea l : lines) {
      if (l.getReferencia() != null) {
        chargeIds.add(l.getReferencia());
      }
    }
    java.util.Set<Long> predioIds = new java.util.HashSet<>();
    List<String> keys = new java.util.ArrayList<>();
    for (List<String> part : Reconciler.parts(chargeIds)) {
      for (Cargo c : reconciliations.chargesIn(part)) {
        charges.put(c.getChargeId(), c);
        predioIds.add(c.getPredioId());
        keys.add("pasarela:" + c.getChargeId());
      }
    }
    for (List<String> part : Reconciler.parts(keys)) {
      postedKeys.addAll(reconciliations.postedExternalKeys(part));
    }
    for (List<Long> part : Reconciler.parts(new java.util.ArrayList<>(predioIds))) {
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
