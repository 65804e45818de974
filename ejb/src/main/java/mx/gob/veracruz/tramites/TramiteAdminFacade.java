package mx.gob.veracruz.tramites;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.cobros.CobrosBatchFacade;
import mx.gob.veracruz.cobros.ConceptView;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.tramites.internal.Catalog;
import mx.gob.veracruz.tramites.internal.TramitesRepository;

/**
 * The catalogue's editor: every procedure is data, changed here by ADMIN or SUPERVISOR into a new
 * version, audited; nothing about a procedure needs code.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class TramiteAdminFacade {
  @Resource private SessionContext ctx;
  @Inject private TramitesRepository repo;
  @Inject private Catalog catalog;
  @Inject private CobrosBatchFacade cobros;

  public Page<TramiteSummary> list(String text, int first, int max) {
    int size = Math.max(1, Math.min(max, 500));
    return new Page<>(
        repo.searchTramites(text, null, false, true, Math.max(0, first), size).stream()
            .map(catalog::summary)
            .toList(),
        repo.countTramites(text, null, false, true));
  }

  public long count(String text) {
    return repo.countTramites(text, null, false, true);
  }

  public TramiteInfo info(String code) {
    return catalog.info(catalog.tramite(code));
  }

  @Audited(action = "tramites.catalogo.guardar", entity = "Tramite")
  public TramiteInfo save(TramiteDefinition definition, String note) {
    return catalog.info(catalog.save(definition, ctx.getCallerPrincipal().getName(), note));
  }

  @Audited(action = "tramites.catalogo.activar", entity = "Tramite")
  public TramiteInfo setActive(String code, boolean active) {
    var t =
        repo.lockTramite(code)
            .orElseThrow(
                () ->
                    new mx.gob.veracruz.common.BusinessRuleException(
                        "tramite-no-encontrado", null, "No existe ese trámite"));
    t.setActive(active);
    t.setUpdatedAt(java.time.Instant.now());
    return catalog.info(t);
  }

  public List<TramiteVersionView> history(String code) {
    return repo.history(catalog.tramite(code).getId()).stream()
        .map(
            v ->
                new TramiteVersionView(
                    v.getVersionNo(), v.getCreatedAt(), v.getCreatedBy(), v.getNote()))
        .toList();
  }

  public List<OfficeView> offices() {
    return repo.offices().stream()
        .map(mx.gob.veracruz.tramites.internal.Citas::officeView)
        .toList();
  }

  public List<ConceptView> concepts() {
    return cobros.concepts();
  }
}
