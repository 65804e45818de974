package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.predial.BankLine;
import mx.gob.veracruz.predial.model.LineOutcome;

// Why its own bean: parsing and storing lines shares nothing with matching them but the table.
/** Stores a settlement file's raw lines, the reconciliation job's load step. */
@ApplicationScoped
public class SettlementLineLoader {
  @Inject private SettlementRepository settlements;
  @Inject private mx.gob.veracruz.common.IdBlockFacade ids;
  @Inject private ReconciliationRepository reconciliations;

  /**
   * Parses and stores a chunk of raw lines (headers and trailers skipped); malformed ones get their
   * outcome at once.
   */
  public void insert(List<BankLine> raw) {
    Map<Long, BankFileLayout> layouts = new HashMap<>();
    List<BankLine> details = new java.util.ArrayList<>(raw.size());
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
      details.add(
          new BankLine(
              r.archivoId(),
              r.lineNo(),
              line,
              d.reference(),
              d.amount(),
              d.paidAt(),
              d.channel(),
              d.authorization(),
              d.problem()));
    }
    if (details.isEmpty()) {
      return;
    }
    // One block of ids and one multi-row insert per chunk; the unique (file, line) index is the
    // guard of a restarted chunk (issue 14: one managed entity per line was most of the load step).
    long id = ids.reserve("PREDIAL_ARCHIVO_LINEA", details.size());
    List<SettlementRepository.NewLine> rows = new java.util.ArrayList<>(details.size());
    for (BankLine b : details) {
      rows.add(
          new SettlementRepository.NewLine(
              id++,
              b.archivoId(),
              b.lineNo(),
              b.raw() == null ? null : b.raw().substring(0, Math.min(200, b.raw().length())),
              b.reference() == null
                  ? null
                  : b.reference().substring(0, Math.min(40, b.reference().length())),
              b.amount(),
              b.paidAt() == null ? null : b.paidAt().atZone(Reconciler.BANK_TIME).toInstant(),
              b.channel(),
              b.authorization(),
              b.problem() == null ? null : LineOutcome.MAL_FORMADA.name(),
              b.problem() == null ? null : Reconciler.cut(b.problem())));
    }
    settlements.insertLines(rows);
  }
}
