package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.veracruz.common.CitizenScope;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.MyDocument;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.MyItemsContributor;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Propietario;

/**
 * Predial's part of "mis trámites": only for a verified CURP (the identity provider or a counter
 * code proved it), the predios where it is an owner, each with what it owes today, and their
 * receipts, without the portal's second factor. An unverified account sees none.
 */
@ApplicationScoped
public class PredialMyItems implements MyItemsContributor {
  @Inject private PredialRepository repo;
  @Inject private StatementService statements;
  @Inject private PredialDocuments documents;
  @Inject private CityClock clock;

  @Override
  public String module() {
    return "predial";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<MyItem> itemsOf(CitizenScope scope) {
    List<MyItem> items = new ArrayList<>();
    for (Predio p : owned(scope)) {
      Statement s = statements.statement(p, clock.today());
      boolean owes = s.total().signum() > 0;
      items.add(
          new MyItem(
              "predial",
              "PREDIO",
              p.getClaveCatastral(),
              "Predio " + p.getClaveCatastral() + " — " + s.address(),
              owes ? "ADEUDO" : "AL_CORRIENTE",
              owes ? "Con adeudo" : "Al corriente",
              null,
              s.total(),
              owes ? "/predial/consulta.xhtml" : null));
      for (Pago pago : repo.list(Pago.class, "Pago.byPredio", "predioId", p.getId())) {
        items.add(
            new MyItem(
                "predial",
                "RECIBO",
                pago.getFolio(),
                "Recibo de predial " + pago.getFolio() + " — predio " + p.getClaveCatastral(),
                pago.getStatus().name(),
                pago.getStatus() == PaymentStatus.APLICADO ? "Pagado" : "Cancelado",
                pago.getPaidAt(),
                pago.getAmount(),
                "/mi/documento?m=predial&r=" + pago.getFolio()));
      }
    }
    return items;
  }

  @Override
  public Optional<MyDocument> document(CitizenScope scope, String folio) {
    for (Predio p : owned(scope)) {
      for (Pago pago : repo.list(Pago.class, "Pago.byPredio", "predioId", p.getId())) {
        if (pago.getFolio().equalsIgnoreCase(folio)) {
          return Optional.of(
              new MyDocument(
                  "recibo-" + pago.getFolio() + ".pdf",
                  "application/pdf",
                  documents.receipt(pago)));
        }
      }
    }
    return Optional.empty();
  }

  private List<Predio> owned(CitizenScope scope) {
    if (scope.verifiedCurp() == null) {
      return List.of();
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (Propietario o :
        repo.list(Propietario.class, "Propietario.byCurp", "curp", scope.verifiedCurp())) {
      ids.add(o.getPredioId());
    }
    return ids.stream().map(repo::predio).toList();
  }
}
