package mx.gob.veracruz.tramites;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.tramites.internal.Catalog;
import mx.gob.veracruz.tramites.internal.TramitesRepository;

/** The public catalogue: anyone searches it and reads a procedure's published definition. */
@Stateless
@PermitAll
public class TramiteCatalogFacade {
  @Inject private TramitesRepository repo;
  @Inject private Catalog catalog;

  public Page<TramiteSummary> search(
      String text, String area, boolean onlineOnly, int first, int max) {
    int size = Math.max(1, Math.min(max, 100));
    return new Page<>(
        repo.searchTramites(text, area, onlineOnly, false, Math.max(0, first), size).stream()
            .map(catalog::summary)
            .toList(),
        repo.countTramites(text, area, onlineOnly, false));
  }

  /** The number of matching procedures (a COUNT, for the list's paginator). */
  public long count(String text, String area, boolean onlineOnly) {
    return repo.countTramites(text, area, onlineOnly, false);
  }

  public List<String> areas() {
    return repo.areas();
  }

  public TramiteInfo info(String code) {
    var t = catalog.tramite(code);
    if (!t.isActive()) {
      throw new BusinessRuleException("tramite-no-encontrado", null, "No existe ese trámite");
    }
    return catalog.info(t);
  }

  /** Every published procedure, for the machine-readable catalogue (CPSV-AP, HSDS). */
  public List<TramiteInfo> published() {
    var names = catalog.conceptNames();
    return repo.activeTramites().stream().map(t -> catalog.info(t, names)).toList();
  }
}
