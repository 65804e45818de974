package mx.gob.veracruz.sirc;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.OrganizationFacade;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Pages;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.sirc.internal.ApiKeys;
import mx.gob.veracruz.sirc.internal.Catalog;
import mx.gob.veracruz.sirc.internal.ReportWorkflow;
import mx.gob.veracruz.sirc.internal.Reports;
import mx.gob.veracruz.sirc.internal.SircRepository;
import mx.gob.veracruz.sirc.model.ApiKey;
import mx.gob.veracruz.sirc.model.Report;
import mx.gob.veracruz.sirc.model.SircService;

/**
 * The staff side of SIRC: queues (a clerk or supervisor of a department sees that department's;
 * staff of the whole municipality and auditors see all), the report with its contact data (an
 * audited read), the workflow, notes, merges, filing for a caller, and the Open311 keys.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION, Roles.AUDITOR})
public class SircFacade {
  @Inject private SircRepository repo;
  @Inject private Reports reports;
  @Inject private Catalog catalog;
  @Inject private ApiKeys keys;
  @Inject private OrganizationFacade organization;
  @Inject private GeographyFacade geography;
  @Inject private CityClock clock;
  @Resource private SessionContext ctx;

  public Page<ReportSummary> queue(ReportQuery q, PageRequest page) {
    ReportQuery scoped = scoped(q);
    long now = clock.now().toEpochMilli();
    return new Page<>(
        repo.list(scoped, page, now).stream().map(this::summary).toList(), repo.count(scoped, now));
  }

  public List<ReportSummary> list(ReportQuery q, PageRequest page) {
    return repo.list(scoped(q), page, clock.now().toEpochMilli()).stream()
        .map(this::summary)
        .toList();
  }

  public long count(ReportQuery q) {
    return repo.count(scoped(q), clock.now().toEpochMilli());
  }

  /** The whole filtered queue, page by page, in one audited read. */
  @Audited(action = "sirc.exportar", entity = "Report", read = true)
  public long export(ReportQuery q, PageRequest order, Consumer<List<ReportSummary>> sink) {
    return Pages.forEach(order, p -> list(q, p), sink);
  }

  /**
   * A report with its contact data: an audited read; another department's report is "not found".
   */
  @Audited(action = "sirc.consultar", entity = "Report", read = true)
  public ReportDetail detail(Long id) {
    Report r = visible(id);
    PublicReport view = reports.view(r, true);
    return new ReportDetail(
        r.getId(),
        view,
        r.getDependencia(),
        r.getCrew(),
        r.getAssignee(),
        r.getChannel(),
        r.getServiceVersion(),
        r.getContactName(),
        r.getContactEmail(),
        r.getContactPhone(),
        r.getCurp(),
        repo.answers(r.getId()).stream()
            .map(a -> new ReportDetail.Answer(a.getAttributeCode(), a.getQuestion(), a.getAnswer()))
            .toList(),
        repo.events(r.getId()).stream()
            .map(
                e ->
                    new TimelineEntry(
                        Instant.ofEpochMilli(e.getAtMillis()),
                        e.getActor(),
                        e.getKind(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.isPublicNote(),
                        e.getText()))
            .toList(),
        r.getMergedInto() == null
            ? ReportWorkflow.available(r.getStatus(), ctx::isCallerInRole)
            : List.of(),
        r.getStatus().isOpen() && r.getExpectedAtMillis() < clock.now().toEpochMilli(),
        r.getStatus().isOpen() && r.getMergedInto() == null
            ? reports
                .nearby(
                    repo.find(SircService.class, r.getServiceId()),
                    r.getLat(),
                    r.getLon(),
                    clock.now().toEpochMilli())
                .stream()
                .filter(o -> !o.folio().equals(r.getFolio()))
                .toList()
            : List.of(),
        repo.photoCount(r.getId()));
  }

  /**
   * A photo of a report the caller may see (the same department scoping as the report); the photo
   * is part of the report, whose reading is audited.
   */
  public java.util.Optional<byte[]> photo(Long id, int ordinal, boolean thumbnail) {
    Report r = visible(id);
    return repo.photo(r.getId(), ordinal, thumbnail);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA})
  @Audited(action = "sirc.accion", entity = "Report")
  public ReportDetail act(Long id, ReportAction action, String note, String assignee) {
    Report r = visible(id);
    if (r.getMergedInto() != null) {
      throw new BusinessRuleException(
          "reporte-fusionado",
          "action",
          "El reporte se fusionó con otro: trabaje el que permanece");
    }
    reports.apply(
        r,
        ReportWorkflow.check(r.getStatus(), action, ctx::isCallerInRole),
        actor(),
        note,
        assignee);
    return detail(id);
  }

  /** Several reports assigned at once (the queue's bulk action); each one checked. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA})
  @Audited(action = "sirc.asignar.varios", entity = "Report")
  public int assignAll(List<Long> ids, String assignee) {
    String mine = department();
    for (Long id : ids) {
      Report r = visible(id, mine);
      reports.apply(
          r,
          ReportWorkflow.check(r.getStatus(), ReportAction.ASIGNAR, ctx::isCallerInRole),
          actor(),
          null,
          assignee);
    }
    return ids.size();
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA})
  @Audited(action = "sirc.nota", entity = "Report")
  public ReportDetail note(Long id, String text, boolean isPublic) {
    reports.note(visible(id), actor(), text, isPublic);
    return detail(id);
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Audited(action = "sirc.fusionar", entity = "Report")
  public ReportDetail merge(Long id, String survivorFolio) {
    Report duplicate = visible(id);
    String mine = department();
    Report survivor =
        repo.byFolio(survivorFolio == null ? "" : survivorFolio.trim().toUpperCase())
            .filter(s -> mine == null || mine.equals(s.getDependencia()))
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "no-encontrado", "survivor", "No existe el reporte " + survivorFolio));
    reports.merge(duplicate, survivor, actor());
    return detail(id);
  }

  /** A clerk files for a caller or a visitor (channel teléfono, ventanilla or chat). */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION})
  @Audited(action = "sirc.reportar.personal", entity = "Report")
  public FiledReport fileFor(ReportCommand c) {
    if (c.channel() == null
        || !java.util.Set.of("TELEFONO", "VENTANILLA", "CHAT").contains(c.channel())) {
      throw new BusinessRuleException(
          "canal-invalido", "channel", "Indique el canal: teléfono, ventanilla o chat");
    }
    return reports.file(c, actor(), null);
  }

  /** The citizen 360° panel: the reports filed with this CURP. */
  @Audited(action = "sirc.consultar.ciudadano", entity = "Report", read = true)
  public List<ReportSummary> ofCitizen(String curp) {
    String mine = department();
    return repo.byCurp(curp, 50).stream()
        .filter(r -> mine == null || mine.equals(r.getDependencia()))
        .map(this::summary)
        .toList();
  }

  /** SLA compliance of the reports filed between two dates (the caller's department only). */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AUDITOR})
  public List<SlaCompliance> compliance(java.time.LocalDate from, java.time.LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new BusinessRuleException(
          "periodo-invalido", "from", "Indique un periodo: la fecha final no puede ser anterior");
    }
    return repo.compliance(
        department(),
        from.atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli(),
        to.plusDays(1).atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli(),
        clock.now().toEpochMilli());
  }

  public List<ServiceView> services() {
    return repo.services(false).stream().map(catalog::view).toList();
  }

  public List<ColoniaInfo> colonias() {
    return geography.colonias();
  }

  @RolesAllowed(Roles.ADMIN)
  public List<ApiKeyView> apiKeys() {
    return repo.apiKeys().stream().map(SircFacade::key).toList();
  }

  /** Issues a key; the secret is in the returned message only, once. */
  @RolesAllowed(Roles.ADMIN)
  @Audited(action = "sirc.apikey.emitir", entity = "ApiKey")
  public String issueKey(String application, String contact, int ratePerMinute) {
    if (application == null || application.isBlank() || contact == null || contact.isBlank()) {
      throw new BusinessRuleException(
          "datos-requeridos", "application", "Indique la aplicación y el contacto responsable");
    }
    if (ratePerMinute < 1 || ratePerMinute > ApiKeys.MAX_RATE) {
      throw new BusinessRuleException(
          "limite-invalido",
          "rate",
          "El límite va de 1 a " + ApiKeys.MAX_RATE + " solicitudes por minuto");
    }
    ApiKeys.Issued issued = keys.issue(application.trim(), contact.trim(), actor());
    issued.key().setRatePerMinute(ratePerMinute);
    return issued.secret();
  }

  @RolesAllowed(Roles.ADMIN)
  @Audited(action = "sirc.apikey.revocar", entity = "ApiKey")
  public void revokeKey(Long id) {
    ApiKey k = repo.find(ApiKey.class, id);
    if (k == null) {
      throw new BusinessRuleException("no-encontrado", "id", "La clave no existe");
    }
    if (k.getRevokedAtMillis() == null) {
      k.setRevokedAtMillis(clock.now().toEpochMilli());
    }
  }

  /** The caller's department, when the caller works in one (admins and auditors see every one). */
  private String department() {
    if (ctx.isCallerInRole(Roles.ADMIN) || ctx.isCallerInRole(Roles.AUDITOR)) {
      return null;
    }
    return organization.dependenciaOf(actor()).orElse(null);
  }

  private ReportQuery scoped(ReportQuery q) {
    String mine = department();
    if (mine == null) {
      return q;
    }
    return new ReportQuery(
        q.folio(),
        q.serviceCode(),
        q.status(),
        mine,
        q.assignee(),
        q.coloniaId(),
        q.from(),
        q.to(),
        q.openOnly(),
        q.overdueOnly());
  }

  private Report visible(Long id) {
    return visible(id, department());
  }

  /** The report if the caller's department (null: every department) may see it. */
  private Report visible(Long id, String mine) {
    Report r = repo.find(Report.class, id);
    if (r == null || (mine != null && !mine.equals(r.getDependencia()))) {
      // Another department's report answers as a missing one: no oracle for ids.
      throw new BusinessRuleException("no-encontrado", "id", "No existe el reporte solicitado");
    }
    return r;
  }

  private ReportSummary summary(Report r) {
    SircService s = repo.find(SircService.class, r.getServiceId());
    return new ReportSummary(
        r.getId(),
        r.getFolio(),
        s.getCode(),
        s.getName(),
        r.getStatus(),
        r.getChannel(),
        geography.colonia(r.getColoniaId()).map(ColoniaInfo::nombre).orElse(""),
        r.getDependencia(),
        r.getAssignee(),
        Instant.ofEpochMilli(r.getRequestedAtMillis()),
        Instant.ofEpochMilli(r.getExpectedAtMillis()),
        r.getStatus().isOpen() && r.getExpectedAtMillis() < clock.now().toEpochMilli(),
        r.getLat(),
        r.getLon());
  }

  private String actor() {
    return ctx.getCallerPrincipal().getName();
  }

  private static ApiKeyView key(ApiKey k) {
    return new ApiKeyView(
        k.getId(),
        k.getKeyPrefix(),
        k.getApplication(),
        k.getContact(),
        Instant.ofEpochMilli(k.getCreatedAtMillis()),
        k.getCreatedBy(),
        k.getRevokedAtMillis() == null ? null : Instant.ofEpochMilli(k.getRevokedAtMillis()),
        k.getRatePerMinute());
  }
}
