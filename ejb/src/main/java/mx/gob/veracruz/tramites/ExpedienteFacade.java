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
  @Inject private mx.gob.veracruz.tramites.internal.Citas citas;
  @Inject private CityClock clock;
  @Inject private mx.gob.veracruz.common.OrganizationFacade organization;

  public List<CaseRow> list(CaseFilter f, PageRequest page) {
    Long tramiteId = tramiteId(f);
    ExpedienteStatus st = status(f);
    var today = clock.today();
    return repo.searchCases(f.folio(), tramiteId, st, f.overdue(), today, page).stream()
        .map(
            r -> {
              Expediente e = (Expediente) r[0];
              boolean review = e.getStatus() == ExpedienteStatus.EN_REVISION;
              boolean late = review && e.getDueDate() != null && e.getDueDate().isBefore(today);
              return new CaseRow(
                  e.getFolio(),
                  (String) r[1],
                  e.getApplicantName(),
                  e.getStatus().name(),
                  Cases.statusLabel(e.getStatus().name()),
                  e.getFiledAt(),
                  review ? e.getDueDate() : null,
                  late);
            })
        .toList();
  }

  public long count(CaseFilter f) {
    return repo.countCases(f.folio(), tramiteId(f), status(f), f.overdue(), clock.today());
  }

  /** The filtered list as a file, walked page by page in the database; audited. */
  @Audited(action = "tramites.expedientes.exportar", entity = "Expediente", read = true)
  public long export(
      CaseFilter f, PageRequest order, java.util.function.Consumer<List<CaseRow>> sink) {
    return mx.gob.veracruz.common.Pages.forEach(order, p -> list(f, p), sink);
  }

  private Long tramiteId(CaseFilter f) {
    return f.tramiteCode() == null || f.tramiteCode().isBlank()
        ? null
        : repo.tramite(f.tramiteCode()).map(Tramite::getId).orElse(-1L);
  }

  private static ExpedienteStatus status(CaseFilter f) {
    if (f.status() == null || f.status().isBlank()) {
      return null;
    }
    try {
      return ExpedienteStatus.valueOf(f.status());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("estado-invalido", "status", "Estado no válido");
    }
  }

  /** Procedures for the filter: code and name. */
  public List<String[]> tramites() {
    return repo.activeTramites().stream()
        .map(t -> new String[] {t.getCode(), t.getName()})
        .toList();
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
    cases.resolve(e, favorable, text, user(), organization.fullNameOf(user()));
    return view(e);
  }

  // ---- citas

  public List<OfficeView> offices() {
    return repo.offices().stream()
        .map(mx.gob.veracruz.tramites.internal.Citas::officeView)
        .toList();
  }

  public List<CitaView> appointments(String officeCode, java.time.LocalDate day) {
    var o =
        repo.office(officeCode)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "oficina-desconocida", "oficina", "Elija una oficina"));
    if (day == null) {
      throw new BusinessRuleException("falta-dia", "dia", "Elija el día");
    }
    return repo.citasOfDay(o.getId(), day).stream().map(citas::view).toList();
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
  @Audited(action = "tramites.cita.registrar", entity = "Cita")
  public CitaView markAppointment(String folio, boolean attended) {
    var c =
        repo.cita(folio, true)
            .orElseThrow(
                () -> new BusinessRuleException("cita-no-encontrada", null, "No existe esa cita"));
    citas.mark(c, attended, user());
    return citas.view(c);
  }

  /**
   * Sends the reminders of a day's appointments not reminded yet (the nightly timer's work, by
   * hand).
   */
  @RolesAllowed(Roles.ADMIN)
  @Audited(action = "tramites.cita.recordatorios", entity = "Cita")
  public int sendReminders(java.time.LocalDate day) {
    if (day == null) {
      throw new BusinessRuleException("falta-dia", "fecha", "Indique la fecha de las citas");
    }
    return citas.remind(day);
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
