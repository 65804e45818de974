package mx.gob.veracruz.becas;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import mx.gob.veracruz.becas.internal.Becas;
import mx.gob.veracruz.becas.internal.BecasRepository;
import mx.gob.veracruz.becas.model.BecaDocumento;
import mx.gob.veracruz.becas.model.BecaSolicitud;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Pages;
import mx.gob.veracruz.common.Roles;

/**
 * The becas office: calls (ADMIN, SUPERVISOR), applications and their documents (clerks review
 * them), the committee (two SUPERVISOR/ADMIN people), beneficiaries (suspension, baja, refunds) and
 * change requests. AUDITOR reads everything and changes nothing.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.AUDITOR})
public class BecasFacade {
  @Resource private SessionContext ctx;
  @Inject private BecasRepository repo;
  @Inject private Becas becas;

  private String me() {
    return ctx.getCallerPrincipal().getName();
  }

  // ---- calls ----

  public List<ConvocatoriaView> calls(int first, int max) {
    return repo.calls(false, first, Math.min(max, 200)).stream().map(becas::view).toList();
  }

  public long countCalls() {
    return repo.countCalls(false);
  }

  public ConvocatoriaView call(String code) {
    return becas.view(becas.call(code));
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.convocatoria.guardar", entity = "Convocatoria")
  public ConvocatoriaView saveCall(ConvocatoriaCommand c, boolean create) {
    return becas.view(becas.save(c, create, me()));
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.convocatoria.publicar", entity = "Convocatoria")
  public ConvocatoriaView publishCall(String code) {
    return becas.view(becas.transition(code, "ABIERTA", me()));
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.convocatoria.cerrar", entity = "Convocatoria")
  public ConvocatoriaView closeCall(String code) {
    return becas.view(becas.transition(code, "CERRADA", me()));
  }

  // ---- committee ----

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.dictamen.proponer", entity = "Convocatoria")
  public ConvocatoriaView propose(String code, String note) {
    return becas.view(becas.propose(code, note, me()));
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.dictamen.decidir", entity = "Convocatoria")
  public ConvocatoriaView decide(String code, boolean approve, String note) {
    return becas.view(becas.decide(code, approve, note, me()));
  }

  public List<RankedEntry> results(String code) {
    return becas.publishedList(becas.call(code));
  }

  // ---- applications ----

  public List<ApplicationRow> list(ApplicationFilter f, PageRequest page) {
    return repo.search(f.callCode(), status(f), f.text(), page).stream()
        .map(
            r -> {
              BecaSolicitud s = (BecaSolicitud) r[0];
              return becas.row(s, (String) r[1], (String) r[2]);
            })
        .toList();
  }

  public long count(ApplicationFilter f) {
    return repo.count(f.callCode(), status(f), f.text());
  }

  @Audited(action = "becas.solicitudes.exportar", entity = "BecaSolicitud", read = true)
  public long export(ApplicationFilter f, PageRequest order, Consumer<List<ApplicationRow>> sink) {
    return Pages.forEach(order, p -> list(f, p), sink);
  }

  private static String status(ApplicationFilter f) {
    if (f.status() == null || f.status().isBlank()) {
      return null;
    }
    if (!statuses().stream().anyMatch(s -> s[0].equals(f.status()))) {
      throw new BusinessRuleException("estado-invalido", "status", "Estado no válido");
    }
    return f.status();
  }

  /** Application states for the filter: code and Spanish name. */
  public static List<String[]> statuses() {
    return List.of(
            "PRESENTADA",
            "VALIDADA",
            "RECHAZADA",
            "BENEFICIARIA",
            "NO_SELECCIONADA",
            "SUSPENDIDA",
            "BAJA",
            "CANCELADA")
        .stream()
        .map(s -> new String[] {s, Becas.statusLabel(s)})
        .toList();
  }

  @Audited(action = "becas.solicitud.consultar", entity = "BecaSolicitud", read = true)
  public ApplicationView detail(String folio) {
    return becas.view(becas.solicitud(folio), true);
  }

  @Audited(action = "becas.solicitud.documento", entity = "BecaSolicitud", read = true)
  public DocumentFile document(String folio, long id) {
    BecaSolicitud s = becas.solicitud(folio);
    BecaDocumento d = repo.find(BecaDocumento.class, id);
    if (d == null || !d.getSolicitudId().equals(s.getId())) {
      throw new BusinessRuleException(
          "documento-no-encontrado", null, "No existe ese documento en la solicitud");
    }
    return new DocumentFile(d.getFileName(), d.getContentType(), d.getContent());
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA})
  @Audited(action = "becas.solicitud.revisar", entity = "BecaSolicitud")
  public ApplicationView review(String folio, boolean valid, String reason) {
    becas.review(folio, valid, reason, me());
    return becas.view(becas.solicitud(folio), true);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA})
  @Audited(action = "becas.cambio.decidir", entity = "BecaSolicitud")
  public ApplicationView decideChange(String folio, long changeId, boolean approve, String note) {
    becas.decideChange(folio, changeId, approve, note, me());
    return becas.view(becas.solicitud(folio), true);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.beneficiaria.suspender", entity = "BecaSolicitud")
  public ApplicationView suspend(String folio, boolean suspend, String reason) {
    becas.suspend(folio, suspend, reason, me());
    return becas.view(becas.solicitud(folio), true);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "becas.beneficiaria.baja", entity = "BecaSolicitud")
  public ApplicationView drop(String folio, String reason, BigDecimal refund) {
    becas.drop(folio, reason, refund, me());
    return becas.view(becas.solicitud(folio), true);
  }

  /** Calls for the filters: code and name. */
  public List<String[]> callOptions() {
    return repo.calls(false, 0, 200).stream()
        .map(c -> new String[] {c.getCode(), c.getName()})
        .toList();
  }

  boolean exists(String code) {
    return repo.call(code).map(Convocatoria::getId).isPresent();
  }
}
