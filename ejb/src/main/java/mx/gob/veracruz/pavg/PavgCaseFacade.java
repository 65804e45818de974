package mx.gob.veracruz.pavg;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import mx.gob.veracruz.common.AuditEntry;
import mx.gob.veracruz.common.AuditFacade;
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
import mx.gob.veracruz.pavg.PavgCodes.CaseStatus;
import mx.gob.veracruz.pavg.PavgCodes.CloseReason;
import mx.gob.veracruz.pavg.PavgCodes.EntryKind;
import mx.gob.veracruz.pavg.PavgCodes.Institution;
import mx.gob.veracruz.pavg.PavgCodes.MeasureType;
import mx.gob.veracruz.pavg.PavgCodes.ReferralGround;
import mx.gob.veracruz.pavg.internal.Cases;
import mx.gob.veracruz.pavg.internal.PavgRepository;
import mx.gob.veracruz.pavg.internal.PavgSettings;
import mx.gob.veracruz.pavg.model.PavgAssignment;
import mx.gob.veracruz.pavg.model.PavgCase;
import mx.gob.veracruz.pavg.model.PavgDocument;
import mx.gob.veracruz.pavg.model.PavgDuty;

/**
 * Case management. A specialist sees and opens only the cases she is actively assigned to (any
 * other answers exactly like a missing one); a supervisor sees every case's clear columns in the
 * queue, assigns, keeps the on-duty roster, and opens a case's content only with a recorded reason
 * (break-glass) that the case's specialists see. No other role reaches this facade. Every read of
 * content and every change is on the hash-chained audit trail.
 */
@Stateless
@RolesAllowed({Roles.PAVG_ESPECIALISTA, Roles.PAVG_SUPERVISOR})
public class PavgCaseFacade {
  static final String NOT_FOUND = "No existe ese caso, o no está asignado a usted";
  static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

  @Inject private PavgRepository repo;
  @Inject private Cases cases;
  @Inject private PavgSettings settings;
  @Inject private GeographyFacade geography;
  @Inject private OrganizationFacade organization;
  @Inject private AuditFacade audit;
  @Inject private CityClock clock;
  @Resource private SessionContext ctx;

  // ---- queue -----------------------------------------------------------------------------------

  public Page<CaseSummary> queue(CaseQuery q, PageRequest page) {
    return new Page<>(list(q, page), count(q));
  }

  public List<CaseSummary> list(CaseQuery q, PageRequest page) {
    long now = clock.now().toEpochMilli();
    List<PavgCase> rows = repo.list(q, scope(), page, now);
    Map<Long, List<String>> who = repo.assignees(rows.stream().map(PavgCase::getId).toList());
    return rows.stream().map(c -> cases.summary(c, who.get(c.getId()), now)).toList();
  }

  public long count(CaseQuery q) {
    return repo.count(q, scope(), clock.now().toEpochMilli());
  }

  /** The queue as a file: clear columns only; the export itself is audited. */
  @Audited(action = "pavg.bandeja.exportar", entity = "PavgCase", read = true)
  public long export(CaseQuery q, PageRequest order, Consumer<List<CaseSummary>> sink) {
    return Pages.forEach(order, p -> list(q, p), sink);
  }

  /** A specialist's queue is her own cases; a supervisor's, every case. */
  private String scope() {
    return isSupervisor() ? null : user();
  }

  // ---- the case --------------------------------------------------------------------------------

  /**
   * A case with its content: an audited read. A supervisor who is not assigned needs a live
   * break-glass first ({@code acceso-excepcional-requerido}).
   */
  @Audited(action = "pavg.caso.consultar", entity = "PavgCase", read = true)
  public CaseDetail open(Long id) {
    PavgCase c = readable(id);
    return cases.detail(c, clock.now().toEpochMilli(), !repo.isAssigned(id, user()));
  }

  /** What the queue shows of a case (a supervisor's page before break-glass): no content. */
  public CaseSummary summary(Long id) {
    PavgCase c = listed(id);
    return cases.summary(c, repo.assignees(List.of(id)).get(id), clock.now().toEpochMilli());
  }

  /** Whether the caller may open the case's content now (assigned, or a live break-glass). */
  public boolean canOpen(Long id) {
    listed(id);
    return repo.isAssigned(id, user())
        || (isSupervisor() && repo.hasActiveAccess(id, user(), clock.now().toEpochMilli()));
  }

  @RolesAllowed(Roles.PAVG_SUPERVISOR)
  @Audited(action = "pavg.caso.acceso-excepcional", entity = "PavgCase")
  public void breakGlass(Long id, String reason) {
    listed(id);
    String r = reason == null ? "" : reason.strip();
    if (r.length() < 20 || r.length() > 500) {
      throw new BusinessRuleException(
          "motivo-requerido",
          "reason",
          "Escriba el motivo del acceso (de 20 a 500 caracteres): quedará registrado y lo verán"
              + " las especialistas del caso");
    }
    long now = clock.now().toEpochMilli();
    cases.access(id, user(), now, now + settings.breakGlassMinutes() * 60_000L, r);
  }

  @Audited(action = "pavg.caso.anotar", entity = "PavgCase")
  public CaseDetail add(Long id, CaseNote note) {
    PavgCase c = readable(id);
    if (CaseStatus.CERRADO.name().equals(c.getStatus())) {
      throw new BusinessRuleException("caso-cerrado", "text", "El caso está cerrado");
    }
    EntryKind kind = PavgCodes.parse(EntryKind.class, note.kind());
    String text = note.text() == null ? "" : note.text().strip();
    Map<String, String> f = new LinkedHashMap<>();
    long now = clock.now().toEpochMilli();
    if (kind == null) {
      throw new BusinessRuleException("tipo-invalido", "kind", "Elija qué va a registrar");
    }
    switch (kind) {
      case NOTA, MENSAJE_A_ELLA -> requireText(text, 2, 4000);
      case MEDIDA -> {
        MeasureType m = PavgCodes.parse(MeasureType.class, note.code());
        if (m == null) {
          throw new BusinessRuleException("medida-invalida", "code", "Elija la medida");
        }
        requireText(text, 0, 2000);
        f.put("code", m.name());
        if (m.isProtectionOrder() && c.getProtectionAtMillis() == null) {
          c.setProtectionAtMillis(now);
        }
      }
      case CANALIZACION -> {
        Institution inst = PavgCodes.parse(Institution.class, note.code());
        ReferralGround ground = PavgCodes.parse(ReferralGround.class, note.ground());
        if (inst == null) {
          throw new BusinessRuleException("institucion-invalida", "code", "Elija la institución");
        }
        if (ground == null) {
          throw new BusinessRuleException(
              "fundamento-requerido",
              "ground",
              "Una canalización necesita su consentimiento o un fundamento legal de la lista");
        }
        requireText(text, 0, 2000);
        f.put("code", inst.name());
        f.put("ground", ground.name());
      }
      default ->
          throw new BusinessRuleException("tipo-invalido", "kind", "Elija qué va a registrar");
    }
    f.put("text", text);
    cases.entry(id, kind.name(), user(), now, f);
    touch(c, now);
    return cases.detail(c, now, !repo.isAssigned(id, user()));
  }

  /** The risk checklist: the answers are sealed, the computed level is a clear column. */
  @Audited(action = "pavg.caso.riesgo", entity = "PavgCase")
  public CaseDetail assessRisk(Long id, Set<String> yes) {
    PavgCase c = readable(id);
    Set<String> known = Set.copyOf(RiskAssessment.codes());
    Set<String> answers = yes == null ? Set.of() : Set.copyOf(yes);
    if (!known.containsAll(answers)) {
      throw new BusinessRuleException("riesgo-invalido", "risk", "Respuesta desconocida");
    }
    long now = clock.now().toEpochMilli();
    var level = RiskAssessment.level(answers);
    Map<String, String> content = cases.content(c);
    String list = String.join(",", answers.stream().sorted().toList());
    content.put("riskYes", list);
    cases.seal(c, content);
    c.setRiskLevel(level.name());
    Map<String, String> f = new LinkedHashMap<>();
    f.put("code", level.name());
    f.put("text", list);
    f.put("score", String.valueOf(RiskAssessment.score(answers)));
    cases.entry(id, EntryKind.RIESGO.name(), user(), now, f);
    touch(c, now);
    return cases.detail(c, now, !repo.isAssigned(id, user()));
  }

  @Audited(action = "pavg.caso.cerrar", entity = "PavgCase")
  public CaseDetail close(Long id, String reason, String text) {
    PavgCase c = readable(id);
    CloseReason r = PavgCodes.parse(CloseReason.class, reason);
    if (r == null) {
      throw new BusinessRuleException("motivo-cierre", "closeReason", "Elija el motivo del cierre");
    }
    if (CaseStatus.CERRADO.name().equals(c.getStatus())) {
      throw new BusinessRuleException("caso-cerrado", "closeReason", "El caso ya está cerrado");
    }
    long now = clock.now().toEpochMilli();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("code", r.name());
    f.put("text", text == null ? "" : text.strip());
    cases.entry(id, EntryKind.CIERRE.name(), user(), now, f);
    c.setStatus(CaseStatus.CERRADO.name());
    c.setCloseReason(r.name());
    c.setClosedAtMillis(now);
    c.setRetainUntil(clock.today().plusDays(settings.caseRetentionDays()));
    touch(c, now);
    return cases.detail(c, now, !repo.isAssigned(id, user()));
  }

  @Audited(action = "pavg.caso.documento", entity = "PavgCase")
  public CaseDetail attach(Long id, String fileName, byte[] bytes) {
    PavgCase c = readable(id);
    if (bytes == null || bytes.length == 0 || bytes.length > MAX_DOCUMENT_BYTES) {
      throw new BusinessRuleException(
          "documento-invalido", "document", "Adjunte un archivo de hasta 5 MB");
    }
    String type = sniff(bytes);
    if (type == null) {
      throw new BusinessRuleException(
          "documento-tipo", "document", "Sólo se aceptan PDF, JPEG o PNG");
    }
    String name = safeName(fileName, type);
    long now = clock.now().toEpochMilli();
    cases.document(id, user(), now, name, type, bytes);
    touch(c, now);
    return cases.detail(c, now, !repo.isAssigned(id, user()));
  }

  /** A document of a case the caller may open: an audited read. */
  @Audited(action = "pavg.caso.documento.leer", entity = "PavgCase", read = true)
  public Optional<DocumentFile> document(Long id, Long documentId) {
    readable(id);
    PavgDocument d = repo.find(PavgDocument.class, documentId);
    if (d == null || !d.getCaseId().equals(id)) {
      return Optional.empty();
    }
    Map<String, String> m = cases.meta(d);
    return Optional.of(new DocumentFile(m.get("name"), m.get("type"), cases.bytes(d)));
  }

  public record DocumentFile(String name, String type, byte[] bytes)
      implements java.io.Serializable {}

  /** Who read and changed the case (from the audit trail): supervisors, and its specialists. */
  public List<AuditEntry> accessLog(Long id) {
    listed(id);
    if (!isSupervisor() && !repo.isAssigned(id, user())) {
      throw notFound();
    }
    return audit.pavgCaseHistory(String.valueOf(id), 500);
  }

  // ---- assignment and the on-duty roster --------------------------------------------------------

  @RolesAllowed(Roles.PAVG_SUPERVISOR)
  @Audited(action = "pavg.caso.asignar", entity = "PavgCase")
  public CaseSummary assign(Long id, String username, boolean active) {
    PavgCase c = listed(id);
    boolean specialist =
        organization.staffWithRole(Roles.PAVG_ESPECIALISTA).stream()
            .anyMatch(s -> s.username().equals(username));
    if (!specialist) {
      throw new BusinessRuleException(
          "especialista-invalida", "username", "Elija una especialista de PAVG");
    }
    long now = clock.now().toEpochMilli();
    PavgAssignment a = repo.assignment(id, username).orElse(null);
    if (a == null) {
      if (!active) {
        throw new BusinessRuleException(
            "no-asignada", "username", "Esa especialista no tiene asignado el caso");
      }
      a = new PavgAssignment();
      a.setCaseId(id);
      a.setUsername(username);
      repo.persist(a);
    }
    a.setActive(active);
    a.setAssignedAtMillis(now);
    a.setAssignedBy(user());
    if (active && CaseStatus.RECIBIDO.name().equals(c.getStatus())) {
      c.setStatus(CaseStatus.EN_ATENCION.name());
    }
    touch(c, now);
    repo.flush();
    return cases.summary(c, repo.assignees(List.of(id)).get(id), now);
  }

  /** The specialists, each with whether she is on duty. */
  public List<DutyView> duty() {
    Map<String, Boolean> on = new LinkedHashMap<>();
    repo.duties().forEach(d -> on.put(d.getUsername(), d.isOnDuty()));
    return organization.staffWithRole(Roles.PAVG_ESPECIALISTA).stream()
        .map(s -> new DutyView(s.username(), s.fullName(), on.getOrDefault(s.username(), false)))
        .toList();
  }

  public record DutyView(String username, String fullName, boolean onDuty)
      implements java.io.Serializable {}

  @RolesAllowed(Roles.PAVG_SUPERVISOR)
  @Audited(action = "pavg.guardia", entity = "PavgDuty")
  public List<DutyView> setDuty(String username, boolean onDuty) {
    boolean specialist =
        organization.staffWithRole(Roles.PAVG_ESPECIALISTA).stream()
            .anyMatch(s -> s.username().equals(username));
    if (!specialist) {
      throw new BusinessRuleException(
          "especialista-invalida", "username", "Elija una especialista de PAVG");
    }
    PavgDuty d = repo.find(PavgDuty.class, username);
    if (d == null) {
      d = new PavgDuty();
      d.setUsername(username);
      repo.persist(d);
    }
    d.setOnDuty(onDuty);
    d.setUpdatedAtMillis(clock.now().toEpochMilli());
    d.setUpdatedBy(user());
    return duty();
  }

  public List<ColoniaInfo> colonias() {
    return geography.colonias();
  }

  public boolean isSupervisor() {
    return ctx.isCallerInRole(Roles.PAVG_SUPERVISOR);
  }

  // ---- access rules ----------------------------------------------------------------------------

  /** A case the caller may see in a queue: any for a supervisor, her own for a specialist. */
  private PavgCase listed(Long id) {
    PavgCase c = id == null ? null : repo.find(PavgCase.class, id);
    if (c == null || (!isSupervisor() && !repo.isAssigned(id, user()))) {
      throw notFound();
    }
    return c;
  }

  /** A case whose content the caller may read and change. */
  private PavgCase readable(Long id) {
    PavgCase c = listed(id);
    if (repo.isAssigned(id, user())) {
      return c;
    }
    if (isSupervisor() && repo.hasActiveAccess(id, user(), clock.now().toEpochMilli())) {
      return c;
    }
    throw new BusinessRuleException(
        "acceso-excepcional-requerido",
        "reason",
        "No está asignada a este caso: para abrirlo registre el motivo (acceso excepcional)");
  }

  private static BusinessRuleException notFound() {
    return new BusinessRuleException("no-encontrado", NOT_FOUND);
  }

  private static void requireText(String text, int min, int max) {
    if (text.length() < min || text.length() > max) {
      throw new BusinessRuleException(
          "texto-invalido", "text", "Escriba de " + min + " a " + max + " caracteres");
    }
  }

  private void touch(PavgCase c, long now) {
    c.setUpdatedAtMillis(now);
  }

  private String user() {
    return ctx.getCallerPrincipal().getName();
  }

  static String sniff(byte[] b) {
    return mx.gob.veracruz.common.Uploads.sniff(b);
  }

  static String safeName(String name, String type) {
    return mx.gob.veracruz.common.Uploads.safeName(name, type);
  }
}
