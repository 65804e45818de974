package mx.gob.veracruz.tramites;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.tramites.internal.Cases;
import mx.gob.veracruz.tramites.internal.TramitesRepository;
import mx.gob.veracruz.tramites.model.Expediente;
import mx.gob.veracruz.tramites.model.ExpedienteDocumento;
import mx.gob.veracruz.tramites.model.ExpedienteStatus;
import mx.gob.veracruz.tramites.model.Tramite;

/** The office's side of the cases: review, prevención, notes, resolution. AUDITOR reads only. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION, Roles.AUDITOR})
public class ExpedienteFacade {
  @Resource private SessionContext ctx;
  @Inject private TramitesRepository repo;
  @Inject private Cases cases;
  @Inject private CityClock clock;

  public Page<CaseRow> search(
      String folio, String tramiteCode, String status, boolean overdue, PageRequest page) {
    Long tramiteId =
        tramiteCode == null || tramiteCode.isBlank()
            ? null
            : repo.tramite(tramiteCode).map(Tramite::getId).orElse(-1L);
    ExpedienteStatus st =
        status == null || status.isBlank() ? null : ExpedienteStatus.valueOf(status);
    var today = clock.today();
    List<CaseRow> rows =
        repo.searchCases(folio, tramiteId, st, overdue, today, page).stream()
            .map(
                r -> {
                  Expediente e = (Expediente) r[0];
                  boolean late =
                      e.getStatus() == ExpedienteStatus.EN_REVISION
                          && e.getDueDate() != null
                          && e.getDueDate().isBefore(today);
                  return new CaseRow(
                      e.getFolio(),
                      (String) r[1],
                      e.getApplicantName(),
                      e.getStatus().name(),
                      Cases.statusLabel(e.getStatus().name()),
                      e.getFiledAt(),
                      e.getStatus() == ExpedienteStatus.EN_REVISION ? e.getDueDate() : null,
                      late);
                })
            .toList();
    return new Page<>(rows, repo.countCases(folio, tramiteId, st, overdue, today));
  }

  @Audited(action = "tramites.expediente.consultar", entity = "Expediente", read = true)
  public CaseView detail(String folio) {
    Expediente e = find(folio);
    return cases.view(e, repo.find(Tramite.class, e.getTramiteId()), true);
  }

  @Audited(action = "tramites.expediente.documento", entity = "Expediente", read = true)
  public DocumentFile document(String folio, long documentId) {
    Expediente e = find(folio);
    ExpedienteDocumento d = repo.find(ExpedienteDocumento.class, documentId);
    if (d == null || !d.getExpedienteId().equals(e.getId())) {
      throw new BusinessRuleException(
          "documento-no-encontrado", null, "No existe ese documento en el expediente");
    }
    return new DocumentFile(d.getFileName(), d.getContentType(), d.getContent());
  }

  public DocumentFile resolution(String folio) {
    Expediente e = find(folio);
    if (e.getResolutionPdf() == null) {
      throw new BusinessRuleException(
          "sin-resolucion", null, "El expediente aún no tiene resolución");
    }
    return new DocumentFile(
        "resolucion-" + e.getFolio() + ".pdf", "application/pdf", e.getResolutionPdf());
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
  @Audited(action = "tramites.expediente.revisar", entity = "Expediente")
  public CaseView review(String folio, long documentId, boolean accepted, String note) {
    Expediente e = locked(folio);
    cases.review(e, documentId, accepted, note, user());
    return view(e);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
  @Audited(action = "tramites.expediente.prevenir", entity = "Expediente")
  public CaseView prevenir(String folio, String text) {
    Expediente e = locked(folio);
    cases.prevenir(e, text, user());
    return view(e);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
  @Audited(action = "tramites.expediente.nota", entity = "Expediente")
  public CaseView note(String folio, String text) {
    Expediente e = locked(folio);
    cases.note(e, text, user());
    return view(e);
  }

  /** Resolving is the area's decision: SUPERVISOR (or ADMIN), not the clerk who reviews. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "tramites.expediente.resolver", entity = "Expediente")
  public CaseView resolve(String folio, boolean favorable, String text) {
    Expediente e = locked(folio);
    cases.resolve(e, favorable, text, user(), user());
    return view(e);
  }

  public List<String[]> statuses() {
    return java.util.Arrays.stream(ExpedienteStatus.values())
        .map(s -> new String[] {s.name(), Cases.statusLabel(s.name())})
        .toList();
  }

  private CaseView view(Expediente e) {
    return cases.view(e, repo.find(Tramite.class, e.getTramiteId()), true);
  }

  private String user() {
    return ctx.getCallerPrincipal().getName();
  }

  private Expediente find(String folio) {
    return repo.expediente(folio)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "expediente-no-encontrado", null, "No existe ese expediente"));
  }

  private Expediente locked(String folio) {
    return repo.lockExpediente(folio)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "expediente-no-encontrado", null, "No existe ese expediente"));
  }
}
