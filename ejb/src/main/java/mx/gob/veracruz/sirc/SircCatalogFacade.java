package mx.gob.veracruz.sirc;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.OrganizationFacade;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.sirc.internal.Catalog;
import mx.gob.veracruz.sirc.internal.CatalogEditor;
import mx.gob.veracruz.sirc.internal.SircRepository;

/**
 * The SIRC catalogue and routing rules as data edited in the console: administrators edit every
 * service and rule, a department's supervisor those of the department. Every change is audited and
 * every saved service is a new catalogue version.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class SircCatalogFacade {
  @Inject private CatalogEditor editor;
  @Inject private Catalog catalog;
  @Inject private SircRepository repo;
  @Inject private OrganizationFacade organization;
  @Inject private mx.gob.veracruz.common.GeographyFacade geography;
  @Resource private SessionContext ctx;

  /** Every service, active or not, with its questions. */
  public List<ServiceView> services() {
    return repo.services(false).stream().map(catalog::view).toList();
  }

  /** One service, active or not, with its questions (the editor's form). */
  public java.util.Optional<ServiceView> service(String code) {
    return repo.service(code == null ? "" : code).map(catalog::view);
  }

  /** The departments a service or a rule can name (a supervisor: only theirs). */
  public List<mx.gob.veracruz.common.DependenciaInfo> dependencias() {
    String mine = department();
    return organization.dependencias().stream()
        .filter(d -> mine == null || mine.equals(d.clave()))
        .toList();
  }

  public List<mx.gob.veracruz.common.ColoniaInfo> colonias() {
    return geography.colonias();
  }

  /** Whether the caller edits every department's services (null) or only one's (its key). */
  public String editorDepartment() {
    return department();
  }

  @Audited(action = "sirc.catalogo.guardar", entity = "SircService")
  public ServiceView save(ServiceEdit edit) {
    return editor.save(edit, actor(), department());
  }

  public List<CatalogVersionView> versions(String code) {
    return editor.versions(code);
  }

  public List<RoutingRuleView> rules() {
    return editor.rules(department());
  }

  @Audited(action = "sirc.ruta.guardar", entity = "RoutingRule")
  public RoutingRuleView saveRule(RoutingRuleEdit edit) {
    return editor.saveRule(edit, actor(), department());
  }

  @Audited(action = "sirc.ruta.eliminar", entity = "RoutingRule")
  public void deleteRule(Long id) {
    editor.deleteRule(id, department());
  }

  private String department() {
    if (ctx.isCallerInRole(Roles.ADMIN)) {
      return null;
    }
    // a supervisor without a department supervises the whole municipality
    return organization.dependenciaOf(actor()).orElse(null);
  }

  private String actor() {
    return ctx.getCallerPrincipal().getName();
  }
}
