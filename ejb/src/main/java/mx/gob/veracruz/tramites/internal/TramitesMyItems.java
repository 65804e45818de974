package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.CitizenScope;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.MyItemsContributor;

/** Trámites' part of "mis trámites": the cases the account filed, each linked to its page. */
@ApplicationScoped
public class TramitesMyItems implements MyItemsContributor {
  static final int MAX = 200;

  @Inject private TramitesRepository repo;
  @Inject private Catalog catalog;

  @Override
  public String module() {
    return Cases.MODULE;
  }

  @Override
  public int order() {
    return 15;
  }

  @Override
  public List<MyItem> itemsOf(CitizenScope scope) {
    return repo.ofAccount(scope.accountId(), MAX).stream()
        .map(
            e ->
                new MyItem(
                    Cases.MODULE,
                    "EXPEDIENTE",
                    e.getFolio(),
                    catalog.definition(e.getTramiteId(), e.getVersionNo()).name(),
                    e.getStatus().name(),
                    Cases.statusLabel(e.getStatus().name()),
                    e.getFiledAt(),
                    e.getFeeAmount().signum() > 0 ? e.getFeeAmount() : null,
                    "/mi/expediente.xhtml?folio=" + e.getFolio()))
        .toList();
  }
}
