package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.cobros.CobroCommand;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.CobrosBatchFacade;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.CitizenNotifications;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.Uploads;
import mx.gob.veracruz.common.Violations;
import mx.gob.veracruz.tramites.CaseView;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.Upload;
import mx.gob.veracruz.tramites.model.Expediente;
import mx.gob.veracruz.tramites.model.ExpedienteDocumento;
import mx.gob.veracruz.tramites.model.ExpedienteEvento;
import mx.gob.veracruz.tramites.model.ExpedienteStatus;
import mx.gob.veracruz.tramites.model.Tramite;

/**
 * A case's life: filed from the definition's form, paid through cobros, reviewed per requirement,
 * stopped by a prevención and resumed by the answer, resolved with a signed PDF. Every step is an
 * event of its history and a notice to the applicant's account.
 */
@ApplicationScoped
public class Cases {
  public static final String MODULE = "tramites";
  static final int ANSWER_DAYS = 5;
  static final int MAX_FILES = 20;
  static final int MAX_FILES_PER_REQUIREMENT = 3;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  @Inject private TramitesRepository repo;
  @Inject private Catalog catalog;
  @Inject private FolioFacade folios;
  @Inject private CityClock clock;
  @Inject private CalendarFacade calendar;
  @Inject private CobrosBatchFacade cobros;
  @Inject private CitizenNotifications notices;
  @Inject private VirusScan scanner;
  @Inject private ResolutionDocument resolutions;

  public TermClock termClock() {
    return new TermClock(
        calendar::dueDate,
        (from, to) -> to.isAfter(from) ? calendar.businessDays(from.plusDays(1), to).size() : 0);
  }

  /** Checks every answer against the form, each error on its field; hidden fields are dropped. */
  public Map<String, String> validAnswers(
      TramiteDefinition d, Map<String, String> raw, Violations v) {
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, String> in = raw == null ? Map.of() : raw;
    for (TramiteDefinition.Field f : d.form()) {
      if (!TramiteDefinition.visible(f, answers)) {
        continue;
      }
      String value = in.get(f.name()) == null ? "" : in.get(f.name()).trim();
      String key = "campo:" + f.name();
      if ("checkbox".equals(f.type())) {
        boolean on = "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
        if (f.required() && !on) {
          v.add(key, f.label() + ": debe marcarse");
        }
        answers.put(f.name(), Boolean.toString(on));
        continue;
      }
      if (value.isEmpty()) {
        if (f.required()) {
          v.add(key, f.label() + ": es obligatorio");
        }
        continue;
      }
      int max = f.maxLength() != null ? f.maxLength() : "textarea".equals(f.type()) ? 2000 : 200;
      if (value.length() > max) {
        v.add(key, f.label() + ": hasta " + max + " caracteres");
        continue;
      }
      switch (f.type()) {
        case "number" -> {
          try {
            BigDecimal n = new BigDecimal(value.replace(",", ""));
            if (n.scale() > 2
                || f.min() != null && n.compareTo(BigDecimal.valueOf(f.min())) < 0
                || f.max() != null && n.compareTo(BigDecimal.valueOf(f.max())) > 0) {
              v.add(key, f.label() + ": número " + range(f));
              continue;
            }
            value = n.stripTrailingZeros().toPlainString();
          } catch (NumberFormatException e) {
            v.add(key, f.label() + ": escriba un número " + range(f));
            continue;
          }
        }
        case "date" -> {
          try {
            value =
                (value.contains("/") ? LocalDate.parse(value, DMY) : LocalDate.parse(value))
                    .toString();
          } catch (DateTimeParseException e) {
            v.add(key, f.label() + ": fecha no válida (dd/mm/aaaa)");
            continue;
          }
        }
        case "select" -> {
          if (!f.options().contains(value)) {
            v.add(key, f.label() + ": elija una opción de la lista");
            continue;
          }
        }
        case "email" -> {
          if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.add(key, f.label() + ": correo no válido");
            continue;
          }
        }
        case "curp" -> {
          try {
            value = Curps.normalize(value);
          } catch (BusinessRuleException e) {
            v.add(key, f.label() + ": " + e.getMessage());
            continue;
          }
        }
        default -> {}
      }
      answers.put(f.name(), value);
    }
    return answers;
  }

  private static String range(TramiteDefinition.Field f) {
    if (f.min() != null && f.max() != null) {
      return "de " + f.min() + " a " + f.max();
    }
    if (f.min() != null) {
      return "desde " + f.min();
    }
    return f.max() != null ? "hasta " + f.max() : "con hasta dos decimales";
  }

  /** Files a case for the account; a fee issues its cobro and the term starts only when paid. */
  public Expediente file(
      Tramite t,
      TramiteDefinition d,
      int version,
      long cuentaId,
      String applicant,
      Map<String, String> raw,
      List<Upload> uploads) {
    if (!d.online() || !t.isActive()) {
      throw new BusinessRuleException(
          "tramite-no-en-linea",
          null,
          "Este trámite no se puede iniciar en línea: acuda a " + d.area());
    }
    Violations v = new Violations();
    Map<String, String> answers = validAnswers(d, raw, v);
    Map<String, List<Upload>> files = new LinkedHashMap<>();
    for (Upload u : uploads == null ? List.<Upload>of() : uploads) {
      if (u.content() != null && u.content().length > 0) {
        files.computeIfAbsent(u.requirementCode(), k -> new ArrayList<>()).add(u);
      }
    }
    if (files.values().stream().mapToInt(List::size).sum() > MAX_FILES) {
      v.add("documentos", "Adjunte a lo más " + MAX_FILES + " archivos");
    }
    for (TramiteDefinition.Requirement r : d.requirements()) {
      String key = "requisito:" + r.code();
      List<Upload> mine = files.getOrDefault(r.code(), List.of());
      if (mine.size() > MAX_FILES_PER_REQUIREMENT) {
        v.add(key, r.name() + ": a lo más " + MAX_FILES_PER_REQUIREMENT + " archivos");
        continue;
      }
      if (r.document() && r.required() && mine.isEmpty()) {
        v.add(key, r.name() + ": adjunte el documento");
      }
      for (Upload u : mine) {
        String problem = uploadProblem(u);
        if (problem != null) {
          v.add(key, r.name() + ": " + problem);
        }
      }
    }
    for (String code : files.keySet()) {
      if (d.requirements().stream().noneMatch(r -> r.code().equals(code) && r.document())) {
        v.add("requisito:" + code, "Documento para un requisito que el trámite no tiene");
      }
    }
    v.throwIfAny();
    Instant now = clock.now();
    Expediente e = new Expediente();
    e.setFolio(folios.next("TRA"));
    e.setTramiteId(t.getId());
    e.setVersionNo(version);
    e.setCuentaId(cuentaId);
    e.setApplicantName(
        answers.getOrDefault("nombre", applicant) == null
            ? "Solicitante"
            : answers.getOrDefault("nombre", applicant));
    e.setAnswers(toJson(answers));
    BigDecimal fee = d.feeFor(answers);
    if (!d.free() && fee.signum() <= 0) {
      throw new BusinessRuleException(
          "cuota-invalida",
          null,
          "No se pudo calcular el costo con sus datos: revise las cantidades");
    }
    e.setFeeAmount(fee);
    e.setFiledAt(now);
    e.setUpdatedAt(now);
    e.setVerificationCode(HexFormat.of().formatHex(bytes(8)));
    e.setStatus(fee.signum() > 0 ? ExpedienteStatus.POR_PAGAR : ExpedienteStatus.EN_REVISION);
    repo.persist(e);
    for (Map.Entry<String, List<Upload>> f : files.entrySet()) {
      for (Upload u : f.getValue()) {
        store(e, f.getKey(), u, now);
      }
    }
    event(
        e,
        "cuenta:" + cuentaId,
        "PRESENTADO",
        "Solicitud presentada en línea (versión " + version + " del trámite)",
        false);
    if (fee.signum() > 0) {
      String concept = d.fees().get(0).concept();
      CobroView c =
          cobros.issue(
              new CobroCommand(
                  MODULE,
                  e.getFolio(),
                  concept,
                  d.name() + " · expediente " + e.getFolio(),
                  fee,
                  e.getApplicantName(),
                  null,
                  cuentaId,
                  10));
      e.setCobroFolio(c.folio());
      e.setDueExplanation(
          "El plazo de respuesta de "
              + d.termDays()
              + " días hábiles empieza a correr al día hábil siguiente del pago de "
              + mx.gob.veracruz.cobros.Money.format(fee)
              + ".");
      event(
          e,
          "sistema",
          "COBRO",
          "Cobro " + c.folio() + " por " + mx.gob.veracruz.cobros.Money.format(fee) + " emitido",
          false);
    } else {
      startTerm(e, d, clock.today());
    }
    repo.flush();
    notify(
        e,
        "Solicitud " + e.getFolio() + " recibida",
        "Recibimos su solicitud de «"
            + d.name()
            + "» con folio "
            + e.getFolio()
            + ". "
            + (fee.signum() > 0
                ? "Para que la revisemos, pague "
                    + mx.gob.veracruz.cobros.Money.format(fee)
                    + " en línea o con la ficha bancaria."
                : e.getDueExplanation()));
    return e;
  }

  String uploadProblem(Upload u) {
    if (u.content().length > Uploads.MAX_BYTES) {
      return "el archivo pasa de 5 MB";
    }
    if (Uploads.sniff(u.content()) == null) {
      return "solo se aceptan PDF, JPEG o PNG";
    }
    return scanner.problem(u.content()).orElse(null);
  }

  void store(Expediente e, String requirement, Upload u, Instant now) {
    String type = Uploads.sniff(u.content());
    ExpedienteDocumento doc = new ExpedienteDocumento();
    doc.setExpedienteId(e.getId());
    doc.setRequirementCode(requirement);
    doc.setFileName(Uploads.safeName(u.fileName(), type));
    doc.setContentType(type);
    doc.setSizeBytes(u.content().length);
    doc.setSha256(HexFormat.of().formatHex(OfficeSigner.sha256(u.content())));
    doc.setContent(u.content());
    doc.setReview("PENDIENTE");
    doc.setUploadedAt(now);
    repo.persist(doc);
  }

  /** The cobro of the case was paid (any channel): the term starts the next business day. */
  public void paid(String cobroFolio, String receipt, Instant paidAt) {
    Expediente e = repo.lockByCobro(cobroFolio).orElse(null);
    if (e == null || e.getStatus() != ExpedienteStatus.POR_PAGAR) {
      return;
    }
    TramiteDefinition d = catalog.definition(e.getTramiteId(), e.getVersionNo());
    event(e, "sistema", "PAGADO", "Pago recibido: recibo " + receipt, false);
    startTerm(e, d, paidAt.atZone(CityClock.ZONE).toLocalDate());
    notify(
        e,
        "Pago recibido · " + e.getFolio(),
        "Recibimos su pago (recibo " + receipt + "). " + e.getDueExplanation());
  }

  private void startTerm(Expediente e, TramiteDefinition d, LocalDate day) {
    TermClock.Reading r = termClock().start(day, d.termDays(), d.silence());
    e.setStatus(ExpedienteStatus.EN_REVISION);
    e.setTermStart(day);
    e.setDueDate(r.dueDate());
    e.setDaysLeft(r.daysLeft());
    e.setDueExplanation(cut(r.explanation(), 2000));
    e.setUpdatedAt(clock.now());
    event(e, "sistema", "PLAZO", r.explanation(), false);
  }

  public void review(Expediente e, long documentId, boolean accepted, String note, String actor) {
    requireStatus(e, ExpedienteStatus.EN_REVISION, ExpedienteStatus.PREVENIDO);
    ExpedienteDocumento d = repo.find(ExpedienteDocumento.class, documentId);
    if (d == null || !d.getExpedienteId().equals(e.getId())) {
      throw new BusinessRuleException(
          "documento-no-encontrado", null, "No existe ese documento en el expediente");
    }
    if (!accepted && (note == null || note.isBlank())) {
      throw new BusinessRuleException(
          "falta-motivo", "nota-revision", "Diga por qué no se acepta el documento");
    }
    d.setReview(accepted ? "ACEPTADO" : "RECHAZADO");
    d.setReviewNote(note == null || note.isBlank() ? null : cut(note.trim(), 300));
    event(
        e,
        actor,
        "REVISION",
        d.getFileName() + ": " + (accepted ? "aceptado" : "no aceptado — " + d.getReviewNote()),
        false);
  }

  public void prevenir(Expediente e, String text, String actor) {
    requireStatus(e, ExpedienteStatus.EN_REVISION);
    if (repo.events(e.getId()).stream().anyMatch(x -> "PREVENCION".equals(x.getKind()))) {
      // the law lets the authority prevent once; after the answer it resolves on what it has
      throw new BusinessRuleException(
          "prevencion-unica",
          "prevencion",
          "Este expediente ya fue prevenido una vez: resuélvalo con lo presentado");
    }
    if (text == null || text.trim().length() < 10) {
      throw new BusinessRuleException(
          "falta-prevencion",
          "prevencion",
          "Escriba qué debe corregir o completar el solicitante (al menos 10 caracteres)");
    }
    TramiteDefinition d = catalog.definition(e.getTramiteId(), e.getVersionNo());
    LocalDate today = clock.today();
    TermClock.Reading r =
        termClock()
            .stop(
                e.getTermStart(),
                today,
                d.termDays(),
                e.getDaysLeft(),
                e.getDueDate(),
                ANSWER_DAYS);
    e.setStatus(ExpedienteStatus.PREVENIDO);
    e.setPrevencionText(cut(text.trim(), 2000));
    e.setDaysLeft(r.daysLeft());
    e.setTermStart(today); // the day it stopped
    e.setDueExplanation(cut(r.explanation(), 2000));
    e.setUpdatedAt(clock.now());
    event(e, actor, "PREVENCION", e.getPrevencionText() + " — " + r.explanation(), false);
    notify(
        e,
        "Su solicitud " + e.getFolio() + " requiere correcciones",
        "Prevención: " + e.getPrevencionText() + "\n" + r.explanation());
  }

  public void subsanar(Expediente e, String text, List<Upload> uploads, long cuentaId) {
    requireStatus(e, ExpedienteStatus.PREVENIDO);
    // the law gives her ANSWER_DAYS business days from the prevención; after them the office
    // resolves on what was filed (the answer would come too late to count)
    LocalDate answerDue = termClock().answerDue(e.getTermStart(), ANSWER_DAYS);
    if (clock.today().isAfter(answerDue)) {
      throw new BusinessRuleException(
          "prevencion-vencida",
          "respuesta",
          "El plazo para responder la prevención venció el "
              + answerDue.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
              + ": la oficina resolverá con lo presentado");
    }
    Violations v = new Violations();
    TramiteDefinition d = catalog.definition(e.getTramiteId(), e.getVersionNo());
    List<Upload> files =
        uploads == null
            ? List.of()
            : uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
    if (files.size() > MAX_FILES_PER_REQUIREMENT) {
      v.add(
          "respuesta", "Adjunte a lo más " + MAX_FILES_PER_REQUIREMENT + " archivos por respuesta");
    }
    if ((text == null || text.isBlank()) && files.isEmpty()) {
      v.add("respuesta", "Escriba su respuesta o adjunte los documentos corregidos");
    }
    for (Upload u : files) {
      if (d.requirements().stream()
          .noneMatch(r -> r.code().equals(u.requirementCode()) && r.document())) {
        v.add(
            "requisito:" + u.requirementCode(),
            "Documento para un requisito que el trámite no tiene");
        continue;
      }
      String problem = uploadProblem(u);
      if (problem != null) {
        v.add("requisito:" + u.requirementCode(), problem);
      }
    }
    v.throwIfAny();
    Instant now = clock.now();
    files.forEach(u -> store(e, u.requirementCode(), u, now));
    LocalDate today = clock.today();
    TermClock.Reading r = termClock().resume(e.getTermStart(), today, e.getDaysLeft(), d.silence());
    e.setStatus(ExpedienteStatus.EN_REVISION);
    e.setTermStart(today);
    e.setDueDate(r.dueDate());
    e.setDueExplanation(cut(r.explanation(), 2000));
    e.setUpdatedAt(now);
    event(
        e,
        "cuenta:" + cuentaId,
        "SUBSANADO",
        (text == null || text.isBlank() ? "" : cut(text.trim(), 1000) + " — ")
            + files.size()
            + " documento(s) · "
            + r.explanation(),
        false);
    notify(
        e,
        "Respuesta recibida · " + e.getFolio(),
        "Recibimos su respuesta a la prevención. " + r.explanation());
  }

  public void note(Expediente e, String text, String actor) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException("nota-vacia", "nota", "Escriba la nota");
    }
    event(e, actor, "NOTA", cut(text.trim(), 2000), true);
  }

  public void resolve(
      Expediente e, boolean favorable, String text, String actor, String actorName) {
    requireStatus(e, ExpedienteStatus.EN_REVISION);
    if (text == null || text.trim().length() < 10) {
      throw new BusinessRuleException(
          "falta-resolucion",
          "resolucion",
          "Escriba el sentido y los motivos de la resolución (al menos 10 caracteres)");
    }
    TramiteDefinition d = catalog.definition(e.getTramiteId(), e.getVersionNo());
    Instant now = clock.now();
    // Load the lazy PDF before any setter: EclipseLink fetches an unfetched lazy attribute by
    // refreshing the object, which would undo changes made before it.
    e.getResolutionPdf();
    e.setResolution(favorable ? "FAVORABLE" : "NO_FAVORABLE");
    e.setResolutionText(cut(text.trim(), 4000));
    e.setResolvedAt(now);
    e.setResolvedBy(actor);
    byte[] pdf = resolutions.pdf(e, d, actorName);
    byte[] digest = OfficeSigner.sha256(pdf);
    OfficeSigner.Signed s = resolutions.signer().sign(digest);
    e.setResolutionPdf(pdf);
    e.setResolutionSha256(HexFormat.of().formatHex(digest));
    e.setResolutionSignature(s.signature());
    e.setSigningKeyId(s.keyId());
    e.setStatus(ExpedienteStatus.RESUELTO);
    e.setUpdatedAt(now);
    event(
        e,
        actor,
        "RESUELTO",
        (favorable ? "Resolución favorable" : "Resolución no favorable")
            + " firmada con la llave "
            + s.keyId(),
        false);
    notify(
        e,
        "Su solicitud " + e.getFolio() + " fue resuelta",
        "Resolución "
            + (favorable ? "favorable" : "no favorable")
            + ". Descárguela en Mis trámites.");
  }

  private static void requireStatus(Expediente e, ExpedienteStatus... allowed) {
    for (ExpedienteStatus s : allowed) {
      if (e.getStatus() == s) {
        return;
      }
    }
    throw new BusinessRuleException(
        "estado-no-permite",
        null,
        "El expediente está "
            + statusLabel(e.getStatus().name()).toLowerCase()
            + ": no se puede hacer eso ahora");
  }

  void event(Expediente e, String actor, String kind, String detail, boolean internal) {
    ExpedienteEvento ev = new ExpedienteEvento();
    ev.setExpedienteId(e.getId());
    ev.setAt(clock.now());
    ev.setActor(actor == null ? "sistema" : cut(actor, 64));
    ev.setKind(kind);
    ev.setDetail(detail == null ? null : cut(detail, 2000));
    ev.setInternal(internal);
    repo.persist(ev);
  }

  private void notify(Expediente e, String subject, String body) {
    notices.notify(e.getCuentaId(), MODULE, subject, body);
  }

  public static String statusLabel(String status) {
    return switch (status) {
      case "POR_PAGAR" -> "Pendiente de pago";
      case "EN_REVISION" -> "En revisión";
      case "PREVENIDO" -> "Prevenido: requiere correcciones";
      case "RESUELTO" -> "Resuelto";
      case "CANCELADO" -> "Cancelado";
      default -> status;
    };
  }

  static String kindLabel(String kind) {
    return switch (kind) {
      case "PRESENTADO" -> "Presentada";
      case "COBRO" -> "Cobro emitido";
      case "PAGADO" -> "Pago recibido";
      case "PLAZO" -> "Plazo";
      case "REVISION" -> "Revisión de documento";
      case "PREVENCION" -> "Prevención";
      case "SUBSANADO" -> "Respuesta a la prevención";
      case "NOTA" -> "Nota interna";
      case "RESUELTO" -> "Resolución";
      default -> kind;
    };
  }

  static String reviewLabel(String review) {
    return switch (review) {
      case "ACEPTADO" -> "Aceptado";
      case "RECHAZADO" -> "No aceptado";
      default -> "Por revisar";
    };
  }

  public CaseView view(Expediente e, Tramite t, boolean staff) {
    TramiteDefinition d = catalog.definition(e.getTramiteId(), e.getVersionNo());
    Map<String, String> answers = fromJson(e.getAnswers());
    List<CaseView.Answer> shown = new ArrayList<>();
    for (TramiteDefinition.Field f : d.form()) {
      String a = answers.get(f.name());
      if (a != null) {
        shown.add(
            new CaseView.Answer(
                f.label(),
                "checkbox".equals(f.type())
                    ? ("true".equals(a) ? "Sí" : "No")
                    : "date".equals(f.type()) ? LocalDate.parse(a).format(DMY) : a));
      }
    }
    List<ExpedienteDocumento> docs = repo.documents(e.getId());
    List<CaseView.RequirementState> reqs = new ArrayList<>();
    for (TramiteDefinition.Requirement r : d.requirements()) {
      reqs.add(
          new CaseView.RequirementState(
              r.code(),
              r.name(),
              r.document(),
              r.required(),
              docs.stream()
                  .filter(x -> x.getRequirementCode().equals(r.code()))
                  .map(
                      x ->
                          new CaseView.Document(
                              x.getId(),
                              x.getFileName(),
                              x.getContentType(),
                              x.getSizeBytes(),
                              x.getReview(),
                              reviewLabel(x.getReview()),
                              x.getReviewNote(),
                              x.getUploadedAt()))
                  .toList()));
    }
    List<CaseView.Event> events =
        repo.events(e.getId()).stream()
            .filter(x -> staff || !x.isInternal())
            .map(
                x ->
                    new CaseView.Event(
                        x.getAt(),
                        actorLabel(x.getActor(), staff),
                        x.getKind(),
                        kindLabel(x.getKind()),
                        x.getDetail(),
                        x.isInternal()))
            .toList();
    CobroView cobro = e.getCobroFolio() == null ? null : cobros.find(e.getCobroFolio());
    boolean overdue =
        e.getStatus() == ExpedienteStatus.EN_REVISION
            && e.getDueDate() != null
            && e.getDueDate().isBefore(clock.today());
    return new CaseView(
        e.getFolio(),
        t.getCode(),
        d.name(),
        d.area(),
        e.getVersionNo(),
        e.getApplicantName(),
        e.getStatus().name(),
        statusLabel(e.getStatus().name()),
        e.getFiledAt(),
        e.getStatus() == ExpedienteStatus.EN_REVISION ? e.getDueDate() : null,
        e.getDaysLeft(),
        e.getDueExplanation(),
        overdue,
        e.getFeeAmount(),
        cobro,
        shown,
        reqs,
        events,
        e.getPrevencionText(),
        e.getResolution(),
        e.getResolutionText(),
        e.getResolvedAt(),
        e.getStatus() == ExpedienteStatus.RESUELTO ? e.getVerificationCode() : null);
  }

  /**
   * Staff see who acted; the applicant sees "Oficina" for every clerk (their names are not hers).
   */
  private static String actorLabel(String actor, boolean staff) {
    if (actor.startsWith("cuenta:")) {
      return "Solicitante";
    }
    if ("sistema".equals(actor)) {
      return "Sistema";
    }
    return staff ? actor : "Oficina";
  }

  static String toJson(Map<String, String> answers) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    answers.forEach(b::add);
    return b.build().toString();
  }

  static Map<String, String> fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    Map<String, String> m = new LinkedHashMap<>();
    o.forEach((k, v) -> m.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
    return m;
  }

  static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
