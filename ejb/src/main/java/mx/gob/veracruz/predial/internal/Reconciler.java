package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;

// Why this bean: the job's match step, which lines are left and one chunk's read-match-write pass;
// the per-line rules are in LineMatcher, the working set in ReconciliationChunk.
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
  @Inject private RuleTables rules;
  @Inject private mx.gob.veracruz.common.FolioFacade folios;
  @Inject private LineMatcher matcher;
  @Inject private SettlementRepository settlements;
  @Inject private BankSettlement bank;

  static boolean isGateway(Archivo a) {
    return "GATEWAY-CSV".equals(a.getLayout());
  }

  static <T> List<List<T>> parts(List<T> all) {
    List<List<T>> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += 1000) {
      out.add(all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return out;
  }

  static String cut(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300);
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

  /**
   * One chunk: bank lines as a set ({@link BankSettlement}: a few reads, one JDBC batch per table),
   * gateway report lines through their charges as before ({@link LineMatcher#gateway}).
   */
  public Map<String, Long> match(List<Long> lineIds) {
    Map<String, Long> counts = new HashMap<>();
    if (lineIds.isEmpty()) {
      return counts;
    }
    List<SettlementRepository.PendingLine> pending = settlements.pendingLines(lineIds);
    Map<Long, Archivo> files = new HashMap<>();
    Map<Long, String> bankByFile = new HashMap<>();
    List<SettlementRepository.PendingLine> bankLines = new ArrayList<>(pending.size());
    List<Long> gatewayIds = new ArrayList<>();
    for (SettlementRepository.PendingLine l : pending) {
      Archivo a = files.computeIfAbsent(l.archivoId(), reconciliations::archivo);
      if (isGateway(a)) {
        gatewayIds.add(l.id());
      } else {
        bankByFile.put(a.getId(), a.getBank());
        bankLines.add(l);
      }
    }
    bank.match(bankLines, bankByFile).forEach((k, v) -> counts.merge(k, v, Long::sum));
    if (!gatewayIds.isEmpty()) {
      gateway(gatewayIds, files).forEach((k, v) -> counts.merge(k, v, Long::sum));
    }
    return counts;
  }

  private Map<String, Long> gateway(List<Long> lineIds, Map<Long, Archivo> files) {
    Map<String, Long> counts = new HashMap<>();
    ReconciliationChunk chunk =
        new ReconciliationChunk(lineIds.size(), repo, reconciliations, posting, rules, folios);
    List<ArchivoLinea> lines = new java.util.ArrayList<>();
    for (List<Long> part : parts(lineIds)) {
      lines.addAll(reconciliations.pendingLines(part));
    }
    lines.sort(java.util.Comparator.comparing(ArchivoLinea::getId));
    chunk.load(lines, files);
    for (ArchivoLinea l : lines) {
      matcher.gateway(l, chunk);
      counts.merge(LineOutcome.code(l.getOutcome()), 1L, Long::sum);
    }
    chunk.finish();
    return counts;
  }
}
