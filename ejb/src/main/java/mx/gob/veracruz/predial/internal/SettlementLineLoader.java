package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.predial.BankLine;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.LineOutcome;

// Why its own bean: parsing and storing lines shares nothing with matching them but the table.
/** Stores a settlement file's raw lines, the reconciliation job's load step. */
@ApplicationScoped
public class SettlementLineLoader {
  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;

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
      l.setPaidAt(b.paidAt() == null ? null : b.paidAt().atZone(Reconciler.BANK_TIME).toInstant());
      l.setChannel(b.channel());
      l.setAuthorizationCode(b.authorization());
      if (b.problem() != null) {
        l.setOutcome(LineOutcome.MAL_FORMADA);
        l.setDetail(Reconciler.cut(b.problem()));
      }
      repo.persist(l);
    }
  }
}
