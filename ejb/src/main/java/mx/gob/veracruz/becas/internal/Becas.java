package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.becas.ApplicantFacts;
import mx.gob.veracruz.becas.ApplicationCommand;
import mx.gob.veracruz.becas.ApplicationRow;
import mx.gob.veracruz.becas.ApplicationView;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.Clabe;
import mx.gob.veracruz.becas.ConvocatoriaCommand;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.becas.DocumentUpload;
import mx.gob.veracruz.becas.EligibilityResult;
import mx.gob.veracruz.becas.RankedEntry;
import mx.gob.veracruz.becas.model.BecaCambio;
import mx.gob.veracruz.becas.model.BecaDocumento;
import mx.gob.veracruz.becas.model.BecaEvento;
import mx.gob.veracruz.becas.model.BecaOrden;
import mx.gob.veracruz.becas.model.BecaPago;
import mx.gob.veracruz.becas.model.BecaReintegro;
import mx.gob.veracruz.becas.model.BecaSolicitud;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.cobros.CobroCommand;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.cobros.CobrosBatchFacade;
import mx.gob.veracruz.cobros.Money;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CitizenNotifications;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.TwoPersonRule;
import mx.gob.veracruz.common.Uploads;
import mx.gob.veracruz.common.Violations;

/**
 * The rules of becas: calls, applications (eligibility, dedup by CURP within a cycle, score),
 * document validation, the committee's two-person decision and the ranked list, beneficiaries'
 * suspensions, CLABE changes and refunds.
 */
@ApplicationScoped
public class Becas {
  public static final String MODULE = "becas";

  /** Applications that keep the student's place in the cycle (the dedup key stays set). */
  static final Set<String> LIVE =
      Set.of("PRESENTADA", "VALIDADA", "BENEFICIARIA", "NO_SELECCIONADA", "SUSPENDIDA", "BAJA");

  static final Map<String, String> STATUS =
      Map.of(
          "PRESENTADA", "Presentada, en revisión",
          "VALIDADA", "Documentos validados",
          "RECHAZADA", "Rechazada",
          "BENEFICIARIA", "Beneficiaria",
          "NO_SELECCIONADA", "No seleccionada (lista de espera)",
          "SUSPENDIDA", "Beca suspendida",
          "BAJA", "Baja",
          "CANCELADA", "Cancelada por la solicitante");

  static final Map<String, String> CALL_STATUS =
      Map.of(
          "BORRADOR", "Borrador",
          "ABIERTA", "Publicada",
          "CERRADA", "Cerrada, en dictamen",
          "PROPUESTA", "Dictamen propuesto",
          "DICTAMINADA", "Resultados publicados");

  static final Map<String, String> PAYMENT_STATUS =
      Map.of(
          "PENDIENTE", "Pendiente",
          "EN_ORDEN", "Enviado al banco",
          "PAGADO", "Pagado",
          "CANCELADO", "Cancelado");

  static final Map<String, String> CHANGE_STATUS =
      Map.of("PENDIENTE", "En revisión", "APROBADO", "Aprobado", "RECHAZADO", "Rechazado");

  static final int MAX_DOCS = 10;
  static final BigDecimal MAX_MONEY = new BigDecimal("10000000.00");
  static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.00");

  /** "2026-2027": a school cycle is two consecutive years. */
  static boolean validCycle(String cycle) {
    if (cycle == null || !cycle.trim().matches("[0-9]{4}-[0-9]{4}")) {
      return false;
    }
    String[] y = cycle.trim().split("-");
    return Integer.parseInt(y[1]) == Integer.parseInt(y[0]) + 1;
  }

  @Inject private BecasRepository repo;
  @Inject private FolioFacade folios;
  @Inject private CityClock clock;
  @Inject private GeographyFacade geography;
  @Inject private CitizenNotifications notices;
  @Inject private CobrosBatchFacade cobros;

  public static String statusLabel(String s) {
    return STATUS.getOrDefault(s, s);
  }

  public static String callStatusLabel(String s) {
    return CALL_STATUS.getOrDefault(s, s);
  }

  public static String paymentStatusLabel(String s) {
    return PAYMENT_STATUS.getOrDefault(s, s);
  }

  // ---- calls ----

  public Convocatoria call(String code) {
    return repo.call(code == null ? "" : code.trim())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "convocatoria-no-encontrada", "convocatoria", "No existe esa convocatoria"));
  }

  public BecaRules rules(Convocatoria c) {
    return BecaRules.fromJson(c.getRules());
  }

  public boolean accepting(Convocatoria c) {
    LocalDate today = clock.today();
    return "ABIERTA".equals(c.getStatus())
        && !today.isBefore(c.getOpensOn())
        && !today.isAfter(c.getClosesOn());
  }

  public ConvocatoriaView view(Convocatoria c) {
    return new ConvocatoriaView(
        c.getCode(),
        c.getName(),
        c.getCycle(),
        c.getDescription(),
        rules(c),
        c.getOpensOn(),
        c.getClosesOn(),
        c.getBudget(),
        c.getPlaces(),
        c.getAmount(),
        c.getPayments(),
        c.getStatus(),
        callStatusLabel(c.getStatus()),
        accepting(c),
        c.getProposedBy(),
        c.getProposedAt(),
        c.getProposalNote(),
        c.getApprovedBy(),
        c.getApprovedAt(),
        repo.count(c.getCode(), null, null));
  }

  /** The call as the public sees it: no committee members' names or notes. */
  public ConvocatoriaView publicView(Convocatoria c) {
    ConvocatoriaView v = view(c);
    return new ConvocatoriaView(
        v.code(),
        v.name(),
        v.cycle(),
        v.description(),
        v.rules(),
        v.opensOn(),
        v.closesOn(),
        v.budget(),
        v.places(),
        v.amount(),
        v.payments(),
        v.status(),
        v.statusLabel(),
        v.acceptingApplications(),
        null,
        null,
        null,
        null,
        v.approvedAt(),
        v.applications());
  }

  /** Creates or edits a call; the rules and figures are checked all at once. */
  public Convocatoria save(ConvocatoriaCommand cmd, boolean create, String actor) {
    Violations v = new Violations();
    String code = cmd.code() == null ? "" : cmd.code().trim().toLowerCase();
    if (!code.matches("[a-z0-9][a-z0-9-]{2,59}")) {
      v.add("clave", "La clave va en minúsculas, con números y guiones (3 a 60)");
    }
    if (blank(cmd.name()) || cmd.name().trim().length() > 200) {
      v.add("nombre", "Escriba el nombre de la convocatoria (hasta 200 caracteres)");
    }
    if (!validCycle(cmd.cycle())) {
      v.add("ciclo", "El ciclo escolar va como 2026-2027 (dos años seguidos)");
    }
    if (blank(cmd.description())) {
      v.add("descripcion", "Describa el apoyo y a quién va dirigido");
    }
    if (cmd.opensOn() == null) {
      v.add("abre", "Indique desde qué día se reciben solicitudes");
    }
    if (cmd.closesOn() == null) {
      v.add("cierra", "Indique hasta qué día se reciben solicitudes");
    } else if (cmd.opensOn() != null && cmd.closesOn().isBefore(cmd.opensOn())) {
      v.add("cierra", "El cierre no puede ser antes de la apertura");
    }
    if (cmd.amount() == null || cmd.amount().signum() <= 0) {
      v.add("monto", "Indique el monto de cada pago");
    } else if (cmd.amount().compareTo(MAX_MONEY) > 0) {
      v.add("monto", "El monto de cada pago no puede pasar de " + Money.format(MAX_MONEY));
    }
    if (cmd.payments() == null || cmd.payments() < 1 || cmd.payments() > 12) {
      v.add("pagos", "El número de pagos va de 1 a 12");
    }
    if (cmd.places() == null || cmd.places() < 1 || cmd.places() > 100_000) {
      v.add("lugares", "Indique cuántas becas hay");
    }
    if (cmd.budget() == null || cmd.budget().signum() <= 0) {
      v.add("presupuesto", "Indique el presupuesto");
    } else if (cmd.budget().compareTo(MAX_BUDGET) > 0) {
      v.add("presupuesto", "El presupuesto no puede pasar de " + Money.format(MAX_BUDGET));
    } else if (cmd.amount() != null
        && cmd.payments() != null
        && cmd.places() != null
        && cmd.amount()
                .multiply(BigDecimal.valueOf((long) cmd.payments() * cmd.places()))
                .compareTo(cmd.budget())
            > 0) {
      v.add(
          "presupuesto",
          "El presupuesto no alcanza: "
              + cmd.places()
              + " becas × "
              + cmd.payments()
              + " pagos × "
              + Money.format(cmd.amount())
              + " = "
              + Money.format(
                  cmd.amount().multiply(BigDecimal.valueOf((long) cmd.payments() * cmd.places()))));
    }
    if (cmd.rules() == null) {
      v.add("niveles", "Faltan las reglas");
    } else {
      cmd.rules().validate(v);
    }
    Convocatoria c = repo.call(code).orElse(null);
    if (create && c != null) {
      v.add("clave", "Ya existe una convocatoria con esa clave");
    }
    v.throwIfAny();
    if (c == null) {
      if (!create) {
        throw new BusinessRuleException(
            "convocatoria-no-encontrada", "clave", "No existe esa convocatoria");
      }
      c = new Convocatoria();
      c.setCode(code);
      c.setStatus("BORRADOR");
    } else if (!"BORRADOR".equals(c.getStatus())
        && !("ABIERTA".equals(c.getStatus()) && repo.count(code, null, null) == 0)) {
      throw new BusinessRuleException(
          "convocatoria-en-curso",
          null,
          "La convocatoria ya tiene solicitudes: sus reglas no pueden cambiar");
    }
    c.setName(cmd.name().trim());
    c.setCycle(cmd.cycle().trim());
    c.setDescription(cmd.description().trim());
    c.setRules(cmd.rules().toJson());
    c.setOpensOn(cmd.opensOn());
    c.setClosesOn(cmd.closesOn());
    c.setBudget(cmd.budget().setScale(2, RoundingMode.HALF_UP));
    c.setPlaces(cmd.places());
    c.setAmount(cmd.amount().setScale(2, RoundingMode.HALF_UP));
    c.setPayments(cmd.payments());
    c.setUpdatedAt(clock.now());
    c.setUpdatedBy(actor);
    if (c.getId() == null) {
      repo.persist(c);
    }
    return c;
  }

  /** BORRADOR → ABIERTA (publish), ABIERTA → CERRADA (close early or after the date). */
  public Convocatoria transition(String code, String to, String actor) {
    Convocatoria c = repo.lock(Convocatoria.class, call(code).getId());
    boolean ok =
        ("ABIERTA".equals(to) && "BORRADOR".equals(c.getStatus()))
            || ("CERRADA".equals(to) && "ABIERTA".equals(c.getStatus()));
    if (!ok) {
      throw new BusinessRuleException(
          "transicion-invalida",
          null,
          "La convocatoria está «"
              + callStatusLabel(c.getStatus())
              + "»: no puede pasar a «"
              + callStatusLabel(to)
              + "»");
    }
    c.setStatus(to);
    c.setUpdatedAt(clock.now());
    c.setUpdatedBy(actor);
    return c;
  }

  // ---- applications ----

  /**
   * The checks of the rules on what the form holds so far (the portal shows them before she files);
   * a field the rules need that is missing or malformed is refused on its field.
   */
  public EligibilityResult check(Convocatoria c, ApplicationCommand a) {
    Violations v = new Violations();
    ApplicantFacts f = facts(a, v);
    v.throwIfAny();
    return Eligibility.evaluate(rules(c), f, c.getClosesOn());
  }

  /** What the rules judge, each broken field recorded in {@code v}; null when any is. */
  private ApplicantFacts facts(ApplicationCommand a, Violations v) {
    String curp = null;
    try {
      curp = Curps.normalize(a.studentCurp());
    } catch (BusinessRuleException e) {
      v.add("curp-alumno", e.getMessage());
    }
    if (a.level() == null || !BecaRules.LEVELS.containsKey(a.level())) {
      v.add("nivel", "Elija el nivel escolar");
    }
    if (a.average() == null
        || a.average().compareTo(BigDecimal.ZERO) < 0
        || a.average().compareTo(BigDecimal.TEN) > 0) {
      v.add("promedio", "El promedio va de 0 a 10");
    }
    if (a.monthlyIncome() == null
        || a.monthlyIncome().signum() < 0
        || a.monthlyIncome().compareTo(MAX_MONEY) > 0) {
      v.add(
          "ingreso", "Indique el ingreso mensual del hogar, de $0.00 a " + Money.format(MAX_MONEY));
    }
    if (a.householdMembers() == null || a.householdMembers() < 1 || a.householdMembers() > 30) {
      v.add("integrantes", "Indique cuántas personas viven en el hogar (1 a 30)");
    }
    if (a.coloniaId() == null
        || (a.coloniaId() != 0 && geography.colonia(a.coloniaId()).isEmpty())) {
      v.add("colonia", "Elija su colonia o «Vivo fuera del municipio de Veracruz»");
    }
    if (curp == null || !v.isEmpty()) {
      return null;
    }
    boolean resident = a.coloniaId() > 0;
    return new ApplicantFacts(
        Curps.birthDate(curp),
        a.level(),
        a.average().setScale(2, RoundingMode.HALF_UP),
        a.monthlyIncome().setScale(2, RoundingMode.HALF_UP),
        a.householdMembers(),
        resident);
  }

  /**
   * Files an application: every field checked at once, then the call's rules (each failed rule on
   * its field, with its explanation), then the student's CURP once per cycle.
   */
  public BecaSolicitud file(ApplicationCommand a, long cuentaId, String applicantName) {
    Convocatoria c = call(a.callCode());
    if (!accepting(c)) {
      throw new BusinessRuleException(
          "convocatoria-cerrada",
          null,
          "La convocatoria «"
              + c.getName()
              + "» no recibe solicitudes ("
              + (clock.today().isBefore(c.getOpensOn())
                  ? "abre el " + fmt(c.getOpensOn())
                  : "cerró el " + fmt(c.getClosesOn()))
              + ")");
    }
    BecaRules rules = rules(c);
    Violations v = new Violations();
    ApplicantFacts f = facts(a, v);
    String curp = f == null ? null : Curps.normalize(a.studentCurp());
    if (blank(a.studentName()) || a.studentName().trim().length() > 200) {
      v.add("nombre-alumno", "Escriba el nombre completo de la alumna o el alumno");
    }
    if (blank(a.schoolName()) || a.schoolName().trim().length() > 200) {
      v.add("escuela", "Escriba el nombre de la escuela");
    }
    String clabe = null;
    try {
      clabe = Clabe.normalize(a.clabe(), "clabe");
    } catch (BusinessRuleException e) {
      v.add("clabe", e.getMessage());
    }
    Map<String, Integer> perRequirement = new HashMap<>();
    List<DocumentUpload> docs = a.documents() == null ? List.of() : a.documents();
    if (docs.size() > MAX_DOCS) {
      v.add("documentos", "Hasta " + MAX_DOCS + " archivos por solicitud");
    }
    for (DocumentUpload d : docs) {
      String req = d.requirement();
      if (rules.documents().stream().noneMatch(x -> x.code().equals(req))) {
        v.add("documentos", "Documento no pedido por la convocatoria: " + req);
        continue;
      }
      perRequirement.merge(req, 1, Integer::sum);
      if (d.content() == null || d.content().length > Uploads.MAX_BYTES) {
        v.add("doc-" + req, "El archivo pasa de 5 MB");
      } else if (Uploads.sniff(d.content()) == null) {
        v.add("doc-" + req, "Solo se aceptan PDF, JPEG o PNG");
      }
    }
    for (BecaRules.Document d : rules.documents()) {
      if (!perRequirement.containsKey(d.code())) {
        v.add("doc-" + d.code(), "Adjunte: " + d.name());
      }
    }
    inFormOrder(v);
    String key = c.getCycle() + ":" + curp;
    repo.byActiveKey(key)
        .ifPresent(
            other -> {
              throw new BusinessRuleException(
                  "curp-con-solicitud",
                  "curp-alumno",
                  "Esta CURP ya tiene una solicitud de beca en el ciclo "
                      + c.getCycle()
                      + ": solo se permite una por ciclo");
            });
    EligibilityResult r = Eligibility.evaluate(rules, f, c.getClosesOn());
    if (!r.eligible()) {
      Violations e = new Violations();
      r.checks().stream()
          .filter(x -> !x.passed())
          .forEach(x -> e.add(x.field(), "No cumple «" + x.rule() + "»: " + x.explanation()));
      e.throwIfAny();
    }
    BecaSolicitud s = new BecaSolicitud();
    s.setFolio(folios.next("BEC"));
    s.setConvocatoriaId(c.getId());
    s.setCuentaId(cuentaId);
    s.setCurp(curp);
    s.setActiveKey(key);
    s.setStudentName(a.studentName().trim());
    s.setApplicantName(applicantName == null ? a.studentName().trim() : applicantName);
    s.setBirthDate(f.birthDate());
    s.setSchoolLevel(f.level());
    s.setSchoolName(a.schoolName().trim());
    s.setGradeAverage(f.average());
    s.setHouseholdIncome(f.monthlyIncome());
    s.setHouseholdMembers(f.householdMembers());
    s.setColoniaId(f.resident() ? a.coloniaId() : null);
    s.setResident(f.resident());
    s.setClabe(clabe);
    s.setStatus("PRESENTADA");
    s.setEligibility(r.text());
    s.setScore(r.score());
    s.setFiledAt(clock.now());
    s.setUpdatedAt(s.getFiledAt());
    repo.persist(s);
    try {
      repo.flush(); // the unique key is the last guard against two at once
    } catch (jakarta.persistence.PersistenceException e) {
      throw new BusinessRuleException(
          "curp-con-solicitud",
          "curp-alumno",
          "Esta CURP ya tiene una solicitud de beca en el ciclo " + c.getCycle());
    }
    for (DocumentUpload d : docs) {
      BecaDocumento doc = new BecaDocumento();
      String type = Uploads.sniff(d.content());
      doc.setSolicitudId(s.getId());
      doc.setRequirement(d.requirement());
      doc.setFileName(Uploads.safeName(d.fileName(), type));
      doc.setContentType(type);
      doc.setSizeBytes(d.content().length);
      doc.setContent(d.content());
      doc.setUploadedAt(s.getFiledAt());
      repo.persist(doc);
    }
    event(
        s,
        "PRESENTADA",
        "Solicitud presentada. Cumple los requisitos de la convocatoria; puntaje "
            + r.score().setScale(1, RoundingMode.HALF_UP)
            + ".",
        "ciudadano",
        true);
    notify(
        s,
        "Solicitud de beca " + s.getFolio() + " recibida",
        "Recibimos la solicitud de beca de "
            + s.getStudentName()
            + " para «"
            + c.getName()
            + "» con folio "
            + s.getFolio()
            + ". Revisaremos sus documentos y le avisaremos del resultado.");
    return s;
  }

  /** The fields of the application form, in the order she sees them. */
  static final List<String> FORM_ORDER =
      List.of(
          "curp-alumno",
          "nombre-alumno",
          "nivel",
          "escuela",
          "promedio",
          "ingreso",
          "integrantes",
          "colonia",
          "clabe");

  /** Throws what {@code v} holds with its violations in the form's order (documents last). */
  private static void inFormOrder(Violations v) {
    try {
      v.throwIfAny();
    } catch (mx.gob.veracruz.common.InvalidInputException e) {
      List<mx.gob.veracruz.common.InvalidInputException.Violation> sorted =
          new ArrayList<>(e.getViolations());
      sorted.sort(
          java.util.Comparator.comparingInt(
              x ->
                  FORM_ORDER.indexOf(x.field()) < 0
                      ? FORM_ORDER.size()
                      : FORM_ORDER.indexOf(x.field())));
      throw new mx.gob.veracruz.common.InvalidInputException(sorted);
    }
  }

  public BecaSolicitud solicitud(String folio) {
    return repo.solicitud(folio)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "solicitud-no-encontrada", null, "No existe esa solicitud"));
  }

  /** She withdraws before the committee decides: the student's place in the cycle is freed. */
  public void withdraw(BecaSolicitud s) {
    if (!Set.of("PRESENTADA", "VALIDADA").contains(s.getStatus())) {
      throw new BusinessRuleException(
          "no-cancelable", null, "La solicitud ya fue dictaminada: no puede cancelarse");
    }
    Convocatoria c = repo.lock(Convocatoria.class, s.getConvocatoriaId());
    if (!Set.of("ABIERTA", "CERRADA").contains(c.getStatus())) {
      throw new BusinessRuleException(
          "no-cancelable",
          null,
          "El comité ya propuso su dictamen: la solicitud no puede cancelarse ahora");
    }
    status(s, "CANCELADA", null, "Solicitud cancelada por la solicitante.", "ciudadano");
  }

  /** A clerk's document review: valid, or refused with a reason she reads. */
  public void review(String folio, boolean valid, String reason, String actor) {
    BecaSolicitud s = repo.lock(BecaSolicitud.class, solicitud(folio).getId());
    if (!"PRESENTADA".equals(s.getStatus())) {
      throw new BusinessRuleException("ya-revisada", null, "La solicitud ya fue revisada");
    }
    if (valid) {
      status(s, "VALIDADA", null, "Documentos revisados y validados.", actor);
    } else {
      String why = TwoPersonRule.reason(reason, "motivo");
      status(s, "RECHAZADA", why, "Solicitud rechazada: " + why, actor);
    }
    notify(
        s,
        "Su solicitud de beca " + s.getFolio(),
        valid
            ? "Validamos los documentos de la solicitud "
                + s.getFolio()
                + ". El comité publicará los resultados al cierre de la convocatoria."
            : "La solicitud " + s.getFolio() + " fue rechazada: " + reason.trim());
  }

  // ---- committee ----

  /**
   * The first member proposes the ranking: validated applications by score (ties: who filed first),
   * the first ones within places and budget selected. Nothing is final until a second member
   * approves.
   */
  public Convocatoria propose(String code, String note, String actor) {
    Convocatoria c = repo.lock(Convocatoria.class, call(code).getId());
    if (!"CERRADA".equals(c.getStatus())) {
      throw new BusinessRuleException(
          "convocatoria-no-cerrada",
          null,
          "El comité dictamina una convocatoria cerrada (está «"
              + callStatusLabel(c.getStatus())
              + "»)");
    }
    if (repo.countInStatus(c.getId(), List.of("PRESENTADA")) > 0) {
      throw new BusinessRuleException(
          "solicitudes-sin-revisar",
          null,
          "Hay solicitudes sin revisar: valide o rechace cada una antes del dictamen");
    }
    String why = TwoPersonRule.reason(note, "nota-dictamen");
    List<BecaSolicitud> ranked = repo.ranked(c.getId(), List.of("VALIDADA"));
    BigDecimal perBeneficiary = c.getAmount().multiply(BigDecimal.valueOf(c.getPayments()));
    int maxByBudget = c.getBudget().divide(perBeneficiary, 0, RoundingMode.DOWN).intValue();
    int selected = Math.min(c.getPlaces(), maxByBudget);
    int rank = 0;
    for (BecaSolicitud s : ranked) {
      rank++;
      s.setRankNo(rank);
      s.setProposed(rank <= selected);
    }
    c.setStatus("PROPUESTA");
    c.setProposedBy(actor);
    c.setProposedAt(clock.now());
    c.setProposalNote(why);
    return c;
  }

  /** The second member approves (never the proposer) or sends the proposal back. */
  public Convocatoria decide(String code, boolean approve, String note, String actor) {
    Convocatoria c = repo.lock(Convocatoria.class, call(code).getId());
    if (!"PROPUESTA".equals(c.getStatus())) {
      throw new BusinessRuleException(
          "sin-propuesta", null, "No hay un dictamen propuesto que decidir");
    }
    TwoPersonRule.checkDecider(c.getProposedBy(), actor);
    List<BecaSolicitud> ranked = repo.ranked(c.getId(), List.of("VALIDADA"));
    if (!approve) {
      String why = TwoPersonRule.reason(note, "nota-dictamen");
      ranked.forEach(
          s -> {
            s.setRankNo(null);
            s.setProposed(false);
          });
      c.setStatus("CERRADA");
      c.setProposalNote("Devuelto por " + actor + ": " + why);
      c.setProposedBy(null);
      c.setProposedAt(null);
      return c;
    }
    Instant now = clock.now();
    for (BecaSolicitud s : ranked) {
      if (s.isProposed()) {
        status(
            s,
            "BENEFICIARIA",
            null,
            "Seleccionada por el comité (lugar " + s.getRankNo() + ").",
            actor);
        notify(
            s,
            "Resultado de su solicitud de beca " + s.getFolio(),
            "¡Felicidades! La solicitud "
                + s.getFolio()
                + " de "
                + s.getStudentName()
                + " fue seleccionada en «"
                + c.getName()
                + "». Recibirá "
                + c.getPayments()
                + " pagos de "
                + Money.format(c.getAmount())
                + " en la cuenta CLABE que registró.");
      } else {
        status(
            s,
            "NO_SELECCIONADA",
            null,
            "No seleccionada: lugar " + s.getRankNo() + " de la lista de espera.",
            actor);
        notify(
            s,
            "Resultado de su solicitud de beca " + s.getFolio(),
            "La solicitud "
                + s.getFolio()
                + " quedó en el lugar "
                + s.getRankNo()
                + " de «"
                + c.getName()
                + "», fuera de las becas disponibles. Queda en lista de espera.");
      }
    }
    c.setStatus("DICTAMINADA");
    c.setApprovedBy(actor);
    c.setApprovedAt(now);
    c.setPublishedAt(now);
    return c;
  }

  /** The published list: folio, rank, score and result; initials only if the call allows. */
  public List<RankedEntry> publishedList(Convocatoria c) {
    if (!"DICTAMINADA".equals(c.getStatus())) {
      return List.of();
    }
    boolean initials = "FOLIO_INICIALES".equals(rules(c).publication());
    return repo.published(c.getId()).stream()
        .map(
            s ->
                new RankedEntry(
                    s.getRankNo(),
                    s.getFolio(),
                    initials ? initials(s.getStudentName()) : null,
                    s.getScore().setScale(1, RoundingMode.HALF_UP),
                    s.isProposed() ? "Beneficiaria" : "Lista de espera"))
        .toList();
  }

  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.trim().split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        b.append(Character.toUpperCase(w.charAt(0))).append('.');
      }
    }
    return b.toString();
  }

  // ---- beneficiaries ----

  public void suspend(String folio, boolean suspend, String reason, String actor) {
    BecaSolicitud s = repo.lock(BecaSolicitud.class, solicitud(folio).getId());
    String why = TwoPersonRule.reason(reason, "motivo-baja");
    if (suspend && "BENEFICIARIA".equals(s.getStatus())) {
      // a suspension defers her payments (no order while suspended), it does not forfeit them:
      // after a resume the next dispersion of each period still owed includes her
      status(s, "SUSPENDIDA", why, "Beca suspendida: " + why, actor);
    } else if (!suspend && "SUSPENDIDA".equals(s.getStatus())) {
      status(s, "BENEFICIARIA", null, "Beca reanudada: " + why, actor);
    } else {
      throw new BusinessRuleException(
          "transicion-invalida", null, "La solicitud está «" + statusLabel(s.getStatus()) + "»");
    }
    notify(
        s,
        "Su beca " + s.getFolio(),
        (suspend ? "Su beca fue suspendida: " : "Su beca fue reanudada: ") + why);
  }

  /**
   * Baja: the beneficiary leaves the programme; pending payments are cancelled and, if she was paid
   * for periods she should not have been, a refund is charged through cobros.
   */
  public BecaReintegro drop(String folio, String reason, BigDecimal refund, String actor) {
    BecaSolicitud s = repo.lock(BecaSolicitud.class, solicitud(folio).getId());
    if (!Set.of("BENEFICIARIA", "SUSPENDIDA").contains(s.getStatus())) {
      throw new BusinessRuleException(
          "transicion-invalida",
          null,
          "Solo una beneficiaria puede darse de baja (está «" + statusLabel(s.getStatus()) + "»)");
    }
    String why = TwoPersonRule.reason(reason, "motivo-baja");
    BigDecimal paid = repo.paidTo(s.getId());
    BigDecimal amount = refund == null ? BigDecimal.ZERO : refund.setScale(2, RoundingMode.HALF_UP);
    if (amount.signum() < 0 || amount.compareTo(paid) > 0) {
      throw new BusinessRuleException(
          "reintegro-invalido",
          "reintegro",
          "El reintegro va de $0.00 a lo pagado: " + Money.format(paid));
    }
    for (BecaOrden o : repo.ordersOf(s.getId())) {
      if ("EMITIDA".equals(o.getStatus())) {
        throw new BusinessRuleException(
            "orden-en-banco",
            null,
            "Hay una orden de pago en el banco ("
                + o.getFolio()
                + "): espere su respuesta antes de la baja");
      }
    }
    cancelPendingPayments(s);
    status(s, "BAJA", why, "Baja del programa: " + why, actor);
    BecaReintegro r = null;
    if (amount.signum() > 0) {
      Convocatoria c = repo.find(Convocatoria.class, s.getConvocatoriaId());
      CobroView cobro =
          cobros.issue(
              new CobroCommand(
                  MODULE,
                  s.getFolio(),
                  "APROV-REINTEGROS",
                  "Reintegro de beca " + s.getFolio() + " (" + c.getName() + ")",
                  amount,
                  s.getApplicantName(),
                  null,
                  s.getCuentaId(),
                  30));
      r = new BecaReintegro();
      r.setSolicitudId(s.getId());
      r.setAmount(amount);
      r.setReason(why);
      r.setCobroFolio(cobro.folio());
      r.setStatus("PENDIENTE");
      r.setCreatedAt(clock.now());
      r.setCreatedBy(actor);
      repo.persist(r);
      event(
          s,
          "REINTEGRO",
          "Reintegro de " + Money.format(amount) + " por pagar (cobro " + cobro.folio() + ").",
          actor,
          true);
    }
    notify(
        s,
        "Baja de su beca " + s.getFolio(),
        "Su beca fue dada de baja: "
            + why
            + (amount.signum() > 0
                ? ". Debe reintegrar "
                    + Money.format(amount)
                    + ": puede pagarlo en línea desde su solicitud, en el banco o en caja."
                : "."));
    return r;
  }

  /** A refund's cobro was paid (any channel). */
  public void refundPaid(String cobroFolio, Instant at) {
    repo.refundByCobro(cobroFolio)
        .ifPresent(
            r -> {
              if (!"PAGADO".equals(r.getStatus())) {
                r.setStatus("PAGADO");
                r.setPaidAt(at);
                BecaSolicitud s = repo.find(BecaSolicitud.class, r.getSolicitudId());
                event(
                    s,
                    "REINTEGRO_PAGADO",
                    "Reintegro de " + Money.format(r.getAmount()) + " pagado.",
                    "sistema",
                    true);
              }
            });
  }

  private void cancelPendingPayments(BecaSolicitud s) {
    for (BecaPago p : repo.payments(s.getId())) {
      if ("PENDIENTE".equals(p.getStatus())) {
        p.setStatus("CANCELADO");
      }
    }
  }

  /** She asks for a new CLABE (the bank rejected hers, or she changed banks). */
  public BecaCambio requestChange(BecaSolicitud s, String clabe, String reason) {
    if (!Set.of("BENEFICIARIA", "SUSPENDIDA", "VALIDADA", "PRESENTADA", "NO_SELECCIONADA")
        .contains(s.getStatus())) {
      throw new BusinessRuleException(
          "transicion-invalida", null, "Esta solicitud ya no admite cambios");
    }
    Violations v = new Violations();
    String c = v.check(() -> Clabe.normalize(clabe, "nueva-clabe"));
    String why = v.check(() -> TwoPersonRule.reason(reason, "motivo-cambio"));
    if (c != null && c.equals(s.getClabe())) {
      v.add("nueva-clabe", "Es la misma CLABE que ya tiene registrada");
    }
    v.throwIfAny();
    if (repo.changes(s.getId()).stream().anyMatch(x -> "PENDIENTE".equals(x.getStatus()))) {
      throw new BusinessRuleException(
          "cambio-pendiente", "nueva-clabe", "Ya tiene un cambio en revisión");
    }
    BecaCambio ch = new BecaCambio();
    ch.setSolicitudId(s.getId());
    ch.setNewClabe(c);
    ch.setReason(why);
    ch.setStatus("PENDIENTE");
    ch.setRequestedAt(clock.now());
    repo.persist(ch);
    event(
        s, "CAMBIO", "Pidió cambiar su CLABE a " + Clabe.masked(c) + ": " + why, "ciudadano", true);
    return ch;
  }

  /** A clerk decides a change: the new CLABE is used from the next payment order. */
  public void decideChange(
      String folio, long changeId, boolean approve, String note, String actor) {
    BecaSolicitud s = repo.lock(BecaSolicitud.class, solicitud(folio).getId());
    BecaCambio ch = repo.find(BecaCambio.class, changeId);
    if (ch == null || !ch.getSolicitudId().equals(s.getId())) {
      throw new BusinessRuleException(
          "cambio-no-encontrado", null, "No existe ese cambio en la solicitud");
    }
    if (!"PENDIENTE".equals(ch.getStatus())) {
      throw new BusinessRuleException("cambio-decidido", null, "Ese cambio ya fue decidido");
    }
    String why =
        approve
            ? (blank(note) ? "CLABE verificada" : note.trim())
            : TwoPersonRule.reason(note, "nota-cambio");
    ch.setStatus(approve ? "APROBADO" : "RECHAZADO");
    ch.setDecidedBy(actor);
    ch.setDecidedAt(clock.now());
    ch.setDecisionNote(why);
    if (approve) {
      s.setClabe(ch.getNewClabe());
      s.setUpdatedAt(clock.now());
    }
    event(
        s,
        "CAMBIO_" + ch.getStatus(),
        (approve ? "Cambio de CLABE aprobado: " : "Cambio de CLABE rechazado: ") + why,
        actor,
        true);
    notify(
        s,
        "Cambio de CLABE de su beca " + s.getFolio(),
        approve
            ? "Aprobamos su nueva CLABE "
                + Clabe.masked(ch.getNewClabe())
                + ": los siguientes pagos irán a esa cuenta."
            : "No aprobamos el cambio de CLABE: " + why);
  }

  // ---- views ----

  public ApplicationRow row(BecaSolicitud s, String callName, String callCode) {
    return new ApplicationRow(
        s.getFolio(),
        callCode,
        callName,
        s.getStudentName(),
        BecaRules.LEVELS.getOrDefault(s.getSchoolLevel(), s.getSchoolLevel()),
        s.getScore(),
        s.getRankNo(),
        s.isProposed(),
        s.getStatus(),
        statusLabel(s.getStatus()),
        s.getFiledAt());
  }

  public ApplicationView view(BecaSolicitud s, boolean staff) {
    Convocatoria c = repo.find(Convocatoria.class, s.getConvocatoriaId());
    BecaRules rules = rules(c);
    ApplicantFacts f =
        new ApplicantFacts(
            s.getBirthDate(),
            s.getSchoolLevel(),
            s.getGradeAverage(),
            s.getHouseholdIncome(),
            s.getHouseholdMembers(),
            s.isResident());
    EligibilityResult r = Eligibility.evaluate(rules, f, c.getClosesOn());
    Map<String, String> docNames = new HashMap<>();
    rules.documents().forEach(d -> docNames.put(d.code(), d.name()));
    List<ApplicationView.Doc> docs =
        repo.documents(s.getId()).stream()
            .map(
                d ->
                    new ApplicationView.Doc(
                        d.id(),
                        d.requirement(),
                        docNames.getOrDefault(d.requirement(), d.requirement()),
                        d.fileName(),
                        d.sizeBytes()))
            .toList();
    List<ApplicationView.Event> events = new ArrayList<>();
    for (BecaEvento e : repo.events(s.getId())) {
      if (staff || e.isPublicEvent()) {
        events.add(new ApplicationView.Event(e.getAt(), e.getText(), staff ? e.getActor() : null));
      }
    }
    Map<Long, BecaOrden> lastAttempt = new HashMap<>();
    for (BecaOrden o : repo.ordersOf(s.getId())) {
      lastAttempt.put(o.getPagoId(), o);
    }
    List<ApplicationView.Payment> payments =
        repo.payments(s.getId()).stream()
            .map(
                p -> {
                  BecaOrden o = lastAttempt.get(p.getId());
                  String detail =
                      o == null
                          ? null
                          : "RECHAZADA".equals(o.getStatus())
                              ? "El banco rechazó la orden "
                                  + o.getFolio()
                                  + ": "
                                  + o.getBankReason()
                              : "Orden " + o.getFolio() + " a " + Clabe.masked(o.getClabe());
                  return new ApplicationView.Payment(
                      p.getPeriodNo(),
                      p.getAmount(),
                      p.getStatus(),
                      paymentStatusLabel(p.getStatus()),
                      p.getPaidAt(),
                      detail);
                })
            .toList();
    List<ApplicationView.Change> changes =
        repo.changes(s.getId()).stream()
            .map(
                ch ->
                    new ApplicationView.Change(
                        ch.getId(),
                        Clabe.masked(ch.getNewClabe()),
                        ch.getReason(),
                        ch.getStatus(),
                        CHANGE_STATUS.getOrDefault(ch.getStatus(), ch.getStatus()),
                        ch.getRequestedAt(),
                        ch.getDecisionNote()))
            .toList();
    List<ApplicationView.Refund> refunds =
        repo.refunds(s.getId()).stream()
            .map(
                x ->
                    new ApplicationView.Refund(
                        x.getCobroFolio(),
                        x.getAmount(),
                        x.getReason(),
                        x.getStatus(),
                        "PAGADO".equals(x.getStatus()) ? "Pagado" : "Por pagar",
                        x.getCreatedAt()))
            .toList();
    String colonia =
        s.getColoniaId() == null
            ? "Fuera del municipio"
            : geography.colonia(s.getColoniaId()).map(x -> x.label()).orElse("—");
    return new ApplicationView(
        s.getFolio(),
        c.getCode(),
        c.getName(),
        c.getCycle(),
        s.getStatus(),
        statusLabel(s.getStatus()),
        s.getStatusReason(),
        s.getStudentName(),
        s.getCurp(),
        s.getApplicantName(),
        BecaRules.LEVELS.getOrDefault(s.getSchoolLevel(), s.getSchoolLevel()),
        s.getSchoolName(),
        s.getGradeAverage(),
        s.getHouseholdIncome(),
        s.getHouseholdMembers(),
        f.incomePerPerson(),
        colonia,
        Clabe.masked(s.getClabe()),
        r.checks(),
        s.getScore(),
        s.getRankNo(),
        s.getFiledAt(),
        docs,
        events,
        payments,
        changes,
        refunds,
        repo.paidTo(s.getId()));
  }

  // ---- helpers ----

  void status(BecaSolicitud s, String to, String reason, String text, String actor) {
    s.setStatus(to);
    s.setStatusReason(reason);
    s.setUpdatedAt(clock.now());
    if ("RECHAZADA".equals(to) || "CANCELADA".equals(to)) {
      s.setActiveKey(null); // the student may apply again in the cycle
    }
    event(s, to, text, actor, true);
  }

  void event(BecaSolicitud s, String kind, String text, String actor, boolean visible) {
    BecaEvento e = new BecaEvento();
    e.setSolicitudId(s.getId());
    e.setAt(clock.now());
    e.setKind(kind);
    e.setText(text.length() > 1000 ? text.substring(0, 1000) : text);
    e.setActor(actor);
    e.setPublicEvent(visible);
    repo.persist(e);
  }

  void notify(BecaSolicitud s, String subject, String body) {
    notices.notify(s.getCuentaId(), MODULE, subject, body);
  }

  static String fmt(LocalDate d) {
    return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
