package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mx.gob.veracruz.ciudadano.Curps;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.DependenciaInfo;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.NotificationFacade;
import mx.gob.veracruz.common.OrganizationFacade;
import mx.gob.veracruz.sirc.EventKind;
import mx.gob.veracruz.sirc.FiledReport;
import mx.gob.veracruz.sirc.PublicReport;
import mx.gob.veracruz.sirc.QuestionView;
import mx.gob.veracruz.sirc.ReportAction;
import mx.gob.veracruz.sirc.ReportChannel;
import mx.gob.veracruz.sirc.ReportCommand;
import mx.gob.veracruz.sirc.ReportStatus;
import mx.gob.veracruz.sirc.TimelineEntry;
import mx.gob.veracruz.sirc.model.Report;
import mx.gob.veracruz.sirc.model.ReportAnswer;
import mx.gob.veracruz.sirc.model.ReportEvent;
import mx.gob.veracruz.sirc.model.RoutingRule;
import mx.gob.veracruz.sirc.model.SircService;

/**
 * Filing (validation, location, routing, SLA, duplicates), the workflow's effects (timeline, public
 * notes, notifications) and the public view of a report.
 */
@ApplicationScoped
public class Reports {
  /** Duplicate check: same service, still open, within this distance and this many days. */
  static final int NEAR_METRES = 150;

  static final int NEAR_DAYS = 30;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{10,20}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private SircRepository repo;
  @Inject private Catalog catalog;
  @Inject private SlaClock sla;
  @Inject private GeographyFacade geography;
  @Inject private OrganizationFacade organization;
  @Inject private FolioFacade folios;
  @Inject private NotificationFacade notifications;
  @Inject private CityClock clock;
  @Inject private SircSettings settings;

  @Inject private mx.gob.veracruz.common.CitizenNotifications accountNotices;

  public FiledReport file(ReportCommand c, String actor, Long apiKeyId) {
    return file(c, actor, apiKeyId, null);
  }

  /** {@code accountId}: the signed-in citizen's account, whose report it is (or null). */
  public FiledReport file(ReportCommand c, String actor, Long apiKeyId, Long accountId) {
    SircService service = catalog.require(c.serviceCode());
    ColoniaInfo colonia = locate(c);
    Map<String, String> answers = answers(service, c.answers());
    String email = blankToNull(c.email());
    String phone = blankToNull(c.phone());
    String curp = blankToNull(c.curp());
    if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
      throw new BusinessRuleException(
          "correo-invalido", "email", "El correo electrónico no es válido");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new BusinessRuleException(
          "telefono-invalido", "phone", "El teléfono debe tener al menos 10 dígitos");
    }
    if (curp != null) {
      curp = Curps.normalize(curp);
    }
    if (!service.isAnonymousAllowed() && email == null && phone == null && curp == null) {
      throw new BusinessRuleException(
          "contacto-requerido",
          "email",
          "Este servicio necesita un correo, un teléfono o una CURP para darle seguimiento");
    }
    String description = blankToNull(c.description());
    if (description != null && description.length() > 2000) {
      throw new BusinessRuleException(
          "descripcion-larga", "description", "La descripción admite hasta 2,000 caracteres");
    }
    String address = blankToNull(c.address());
    if (address != null && address.length() > 300) {
      throw new BusinessRuleException(
          "direccion-larga", "address", "La dirección admite hasta 300 caracteres");
    }
    List<mx.gob.veracruz.sirc.PhotoUpload> photos = c.photos() == null ? List.of() : c.photos();
    if (photos.size() > mx.gob.veracruz.sirc.PhotoUpload.MAX_PER_REPORT) {
      throw new BusinessRuleException(
          "fotos-demasiadas",
          "photo",
          "Un reporte admite hasta " + mx.gob.veracruz.sirc.PhotoUpload.MAX_PER_REPORT + " fotos");
    }
    if (photos.stream().anyMatch(ph -> ph == null || !"jpeg".equals(Photos.sniff(ph.jpeg())))) {
      throw new BusinessRuleException(
          "foto-tipo", "photo", "El archivo no es una foto: se aceptan JPEG, PNG o WebP");
    }
    String name =
        blankToNull(
            ((c.firstName() == null ? "" : c.firstName().trim())
                    + " "
                    + (c.lastName() == null ? "" : c.lastName().trim()))
                .trim());

    Instant now = clock.now();
    String[] route = route(service, colonia.id());
    SlaClock.Due due = sla.due(now, service.getSlaAmount(), service.getSlaUnit());
    Report r = new Report();
    r.setFolio(folios.next("SIRC"));
    r.setToken(token());
    r.setServiceId(service.getId());
    r.setServiceVersion(service.getCatalogVersion());
    r.setStatus(ReportStatus.RECIBIDO);
    r.setChannel(channel(c.channel()));
    r.setLat(c.lat().setScale(6, RoundingMode.HALF_UP));
    r.setLon(c.lon().setScale(6, RoundingMode.HALF_UP));
    r.setAddress(address);
    r.setColoniaId(colonia.id());
    r.setDependencia(route[0]);
    r.setCrew(route[1]);
    r.setDescription(description);
    r.setContactName(name == null ? null : cut(name, 200));
    r.setContactEmail(email);
    r.setContactPhone(phone);
    r.setCurp(curp);
    r.setAccountId(accountId);
    r.setDeviceId(cut(blankToNull(c.deviceId()), 100));
    r.setMediaUrl(cut(blankToNull(c.mediaUrl()), 500));
    r.setRequestedAtMillis(now.toEpochMilli());
    r.setUpdatedAtMillis(now.toEpochMilli());
    r.setExpectedAtMillis(due.at().toEpochMilli());
    r.setApiKeyId(apiKeyId);
    List<PublicReport> nearby = nearby(service, r);
    repo.persist(r);
    repo.flush();
    for (QuestionView q : catalog.view(service).questions()) {
      String a = answers.get(q.code());
      if (a != null) {
        ReportAnswer answer = new ReportAnswer();
        answer.setReportId(r.getId());
        answer.setAttributeCode(q.code());
        answer.setQuestion(cut(q.description(), 300));
        answer.setAnswer(cut(a, 1000));
        repo.persist(answer);
      }
    }
    int ordinal = 0;
    for (mx.gob.veracruz.sirc.PhotoUpload ph : photos) {
      mx.gob.veracruz.sirc.model.ReportPhoto photo = new mx.gob.veracruz.sirc.model.ReportPhoto();
      photo.setReportId(r.getId());
      photo.setOrdinal(++ordinal);
      photo.setWidth(ph.width());
      photo.setHeight(ph.height());
      photo.setByteSize(ph.jpeg().length);
      photo.setSha256(ph.sha256());
      photo.setContent(ph.jpeg());
      photo.setThumbnail(ph.thumbnail());
      photo.setCreatedAtMillis(now.toEpochMilli());
      photo.setCreatedBy(actor);
      repo.persist(photo);
    }
    event(
        r,
        actor,
        EventKind.RECIBIDO,
        null,
        ReportStatus.RECIBIDO,
        true,
        "Reporte recibido por "
            + channelLabel(r.getChannel())
            + (photos.isEmpty()
                ? ""
                : photos.size() == 1 ? ", con 1 foto" : ", con " + photos.size() + " fotos")
            + ". "
            + due.explanation());
    notify(
        r,
        "Recibimos su reporte " + r.getFolio(),
        "Recibimos su reporte "
            + r.getFolio()
            + " ("
            + service.getName()
            + ") en la colonia "
            + colonia.nombre()
            + ".\nFecha estimada de atención: "
            + local(due.at())
            + ".\n"
            + due.explanation());
    return new FiledReport(
        r.getFolio(),
        r.getToken(),
        due.at(),
        due.explanation(),
        colonia.nombre(),
        organization.dependencia(route[0]).map(DependenciaInfo::nombre).orElse(route[0]),
        nearby);
  }

  /** The colonia of the point, or of the address (its colonia's centre) when only that is given. */
  private ColoniaInfo locate(ReportCommand c) {
    if (c.lat() == null || c.lon() == null) {
      throw new BusinessRuleException(
          "ubicacion-requerida", "lat", "Indique el lugar: marque el punto en el mapa");
    }
    double lat = c.lat().doubleValue();
    double lon = c.lon().doubleValue();
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new BusinessRuleException(
          "ubicacion-invalida", "lat", "La latitud o la longitud no son válidas");
    }
    return geography
        .locate(lat, lon)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "fuera-del-municipio",
                    "lat",
                    "El punto está fuera del municipio de Veracruz: marque un lugar dentro de una"
                        + " colonia del municipio"));
  }

  /**
   * Every answer checked against its question; unknown questions and missing required ones refused.
   */
  Map<String, String> answers(SircService service, Map<String, List<String>> given) {
    Map<String, List<String>> in = given == null ? Map.of() : given;
    Map<String, QuestionView> questions = new LinkedHashMap<>();
    catalog.view(service).questions().forEach(q -> questions.put(q.code(), q));
    for (String code : in.keySet()) {
      if (!questions.containsKey(code)) {
        throw new BusinessRuleException(
            "pregunta-desconocida",
            "attribute[" + code + "]",
            "El servicio no tiene la pregunta «" + code + "»");
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (QuestionView q : questions.values()) {
      List<String> values =
          in.getOrDefault(q.code(), List.of()).stream()
              .filter(v -> v != null && !v.isBlank())
              .map(String::trim)
              .toList();
      String field = "attribute[" + q.code() + "]";
      if (values.isEmpty()) {
        if (q.required()) {
          throw new BusinessRuleException(
              "respuesta-requerida", field, "Responda: " + q.description());
        }
        continue;
      }
      Set<String> keys = new java.util.HashSet<>();
      q.values().forEach(o -> keys.add(o.key()));
      switch (q.datatype()) {
        case NUMBER -> {
          one(q, values, field);
          try {
            new BigDecimal(values.get(0));
          } catch (NumberFormatException e) {
            throw new BusinessRuleException(
                "respuesta-invalida", field, q.description() + ": escriba un número");
          }
        }
        case DATETIME -> {
          one(q, values, field);
          if (!isDateTime(values.get(0))) {
            throw new BusinessRuleException(
                "respuesta-invalida",
                field,
                q.description() + ": escriba una fecha (AAAA-MM-DD o con hora)");
          }
        }
        case SINGLEVALUELIST -> {
          one(q, values, field);
          if (!keys.contains(values.get(0))) {
            throw new BusinessRuleException(
                "respuesta-invalida", field, q.description() + ": elija una de las opciones");
          }
        }
        case MULTIVALUELIST -> {
          for (String v : values) {
            if (!keys.contains(v)) {
              throw new BusinessRuleException(
                  "respuesta-invalida",
                  field,
                  q.description() + ": «" + v + "» no es una de las opciones");
            }
          }
        }
        default -> {
          one(q, values, field);
          if (values.get(0).length() > 1000) {
            throw new BusinessRuleException(
                "respuesta-invalida", field, q.description() + ": hasta 1,000 caracteres");
          }
        }
      }
      out.put(
          q.code(),
          String.join(
              ", ",
              values.stream()
                  .map(
                      v ->
                          q.values().stream()
                              .filter(o -> o.key().equals(v))
                              .map(QuestionView.Option::name)
                              .findFirst()
                              .orElse(v))
                  .toList()));
    }
    return out;
  }

  private static void one(QuestionView q, List<String> values, String field) {
    if (values.size() > 1) {
      throw new BusinessRuleException(
          "respuesta-invalida", field, q.description() + ": se espera una sola respuesta");
    }
  }

  private static boolean isDateTime(String v) {
    try {
      OffsetDateTime.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime.parse(v);
        return true;
      } catch (DateTimeParseException e2) {
        try {
          java.time.LocalDate.parse(v);
          return true;
        } catch (DateTimeParseException e3) {
          return false;
        }
      }
    }
  }

  /** {dependencia, crew}: the most specific routing rule, else the service's own department. */
  String[] route(SircService service, Long coloniaId) {
    RoutingRule best = null;
    int bestScore = -1;
    for (RoutingRule rule : repo.matchingRules(service.getCode(), coloniaId)) {
      int score = (rule.getServiceCode() != null ? 2 : 0) + (rule.getColoniaId() != null ? 1 : 0);
      if (score > bestScore) {
        best = rule;
        bestScore = score;
      }
    }
    return best == null
        ? new String[] {service.getDependencia(), null}
        : new String[] {best.getDependencia(), best.getCrew()};
  }

  private List<PublicReport> nearby(SircService service, Report r) {
    return nearby(service, r.getLat(), r.getLon(), r.getRequestedAtMillis());
  }

  /**
   * Open reports of the service within {@link #NEAR_METRES} of the point, filed in the last {@link
   * #NEAR_DAYS} days: a box first (index on service, state, time), then the true distance.
   */
  public List<PublicReport> nearby(
      SircService service, BigDecimal lat, BigDecimal lon, long nowMillis) {
    BigDecimal dLat = BigDecimal.valueOf(NEAR_METRES / 111_320.0);
    BigDecimal dLon =
        BigDecimal.valueOf(NEAR_METRES / (111_320.0 * Math.cos(Math.toRadians(lat.doubleValue()))));
    long since = nowMillis - NEAR_DAYS * 86_400_000L;
    List<PublicReport> out = new ArrayList<>();
    for (Report o : repo.near(service.getId(), since, lat, lon, dLat, dLon)) {
      if (metres(o.getLat(), o.getLon(), lat, lon) <= NEAR_METRES) {
        out.add(view(o, false));
      }
    }
    return out;
  }

  static double metres(BigDecimal aLat, BigDecimal aLon, BigDecimal bLat, BigDecimal bLon) {
    double lat1 = Math.toRadians(aLat.doubleValue());
    double lat2 = Math.toRadians(bLat.doubleValue());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(bLon.doubleValue() - aLon.doubleValue());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
  }

  /** Applies a checked transition: the state, the timeline, the public note and the mail. */
  public void apply(
      Report r, ReportWorkflow.Transition t, String actor, String note, String assignee) {
    ReportStatus from = r.getStatus();
    if (ReportWorkflow.NEED_A_REASON.contains(t.action()) && (note == null || note.isBlank())) {
      throw new BusinessRuleException(
          "motivo-requerido", "note", "Escriba el motivo: el ciudadano lo leerá en su seguimiento");
    }
    if (t.action() == ReportAction.ASIGNAR) {
      if (assignee == null || assignee.isBlank()) {
        throw new BusinessRuleException(
            "responsable-requerido", "assignee", "Indique a quién se asigna (persona o cuadrilla)");
      }
      r.setAssignee(cut(assignee.trim(), 64));
    }
    if (t.action() == ReportAction.REABRIR) {
      long limit =
          r.getResolvedAtMillis() == null
              ? 0
              : r.getResolvedAtMillis() + settings.reopenDays() * 86_400_000L;
      if (clock.now().toEpochMilli() > limit) {
        throw new BusinessRuleException(
            "reapertura-vencida",
            "action",
            "Un reporte solo puede reabrirse dentro de los "
                + settings.reopenDays()
                + " días siguientes a su solución");
      }
    }
    long now = clock.now().toEpochMilli();
    r.setStatus(t.to());
    r.setUpdatedAtMillis(now);
    if (t.to() == ReportStatus.RESUELTO) {
      r.setResolvedAtMillis(now);
    }
    String text = note == null || note.isBlank() ? null : cut(note.trim(), 1000);
    if (text != null && t.action() != ReportAction.ASIGNAR) {
      r.setStatusNotes(text);
    }
    event(
        r,
        actor,
        t.action() == ReportAction.ASIGNAR ? EventKind.ASIGNACION : EventKind.CAMBIO_ESTADO,
        from,
        t.to(),
        true,
        t.action() == ReportAction.ASIGNAR
            ? "Asignado a " + r.getAssignee() + (text == null ? "" : ". " + text)
            : text);
    if (from != t.to()) {
      String body =
          "Su reporte "
              + r.getFolio()
              + " cambió a «"
              + statusLabel(t.to())
              + "»."
              + (text == null ? "" : "\n" + text);
      if (t.to() == ReportStatus.RESUELTO) {
        body +=
            "\n\n¿Se resolvió? Si no quedó resuelto, puede reabrirlo desde su página de seguimiento"
                + " en los próximos "
                + settings.reopenDays()
                + " días.";
      }
      notify(r, "Su reporte " + r.getFolio() + ": " + statusLabel(t.to()), body);
    }
  }

  public void note(Report r, String actor, String text, boolean isPublic) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException("nota-vacia", "note", "Escriba la nota");
    }
    r.setUpdatedAtMillis(clock.now().toEpochMilli());
    if (isPublic) {
      r.setStatusNotes(cut(text.trim(), 1000));
    }
    event(
        r,
        actor,
        isPublic ? EventKind.ACTUALIZACION : EventKind.NOTA_INTERNA,
        null,
        null,
        isPublic,
        cut(text.trim(), 1000));
    if (isPublic) {
      notify(r, "Novedades de su reporte " + r.getFolio(), text.trim());
    }
  }

  /** "A mí también": one more supporter of an open report. */
  public void support(Report r, String actor) {
    if (!r.getStatus().isOpen()) {
      throw new BusinessRuleException(
          "reporte-no-abierto", "folio", "Solo se puede apoyar un reporte que sigue abierto");
    }
    r.setSupporters(r.getSupporters() + 1);
    event(r, actor, EventKind.APOYO, null, null, true, "Otra persona reportó el mismo problema");
  }

  /** Merges {@code duplicate} into {@code survivor}: the duplicate closes and points to it. */
  public void merge(Report duplicate, Report survivor, String actor) {
    if (duplicate.getId().equals(survivor.getId()) || survivor.getMergedInto() != null) {
      throw new BusinessRuleException(
          "fusion-invalida", "survivor", "Elija otro reporte abierto como el que permanece");
    }
    if (!duplicate.getServiceId().equals(survivor.getServiceId())) {
      throw new BusinessRuleException(
          "fusion-invalida", "survivor", "Solo se fusionan reportes del mismo servicio");
    }
    ReportStatus from = duplicate.getStatus();
    duplicate.setMergedInto(survivor.getId());
    duplicate.setStatus(ReportStatus.CERRADO);
    duplicate.setStatusNotes("Fusionado con " + survivor.getFolio());
    duplicate.setUpdatedAtMillis(clock.now().toEpochMilli());
    survivor.setSupporters(survivor.getSupporters() + 1 + duplicate.getSupporters());
    event(
        duplicate,
        actor,
        EventKind.FUSION,
        from,
        ReportStatus.CERRADO,
        true,
        "Fusionado con " + survivor.getFolio() + ": se atiende allí");
    event(
        survivor,
        actor,
        EventKind.FUSION,
        null,
        null,
        true,
        "Se le unió el reporte " + duplicate.getFolio());
    notify(
        duplicate,
        "Su reporte " + duplicate.getFolio() + " se atiende como " + survivor.getFolio(),
        "Su reporte "
            + duplicate.getFolio()
            + " describe el mismo problema que "
            + survivor.getFolio()
            + "; le avisaremos de sus novedades.");
  }

  public PublicReport view(Report r, boolean withUpdates) {
    SircService s = repo.find(SircService.class, r.getServiceId());
    ColoniaInfo colonia = geography.colonia(r.getColoniaId()).orElse(null);
    Report survivor = r.getMergedInto() == null ? null : repo.find(Report.class, r.getMergedInto());
    List<TimelineEntry> updates =
        withUpdates
            ? repo.events(r.getId()).stream()
                .filter(ReportEvent::isPublicNote)
                .map(e -> entry(e, false))
                .toList()
            : List.of();
    return new PublicReport(
        r.getFolio(),
        r.getStatus(),
        r.getStatusNotes(),
        s.getCode(),
        s.getName(),
        r.getDescription(),
        organization
            .dependencia(r.getDependencia())
            .map(DependenciaInfo::nombre)
            .orElse(r.getDependencia()),
        Instant.ofEpochMilli(r.getRequestedAtMillis()),
        Instant.ofEpochMilli(r.getUpdatedAtMillis()),
        Instant.ofEpochMilli(r.getExpectedAtMillis()),
        r.getAddress(),
        colonia == null ? null : colonia.nombre(),
        colonia == null ? null : colonia.codigoPostal(),
        r.getLat(),
        r.getLon(),
        r.getMediaUrl(),
        r.getSupporters(),
        survivor == null ? null : survivor.getFolio(),
        updates);
  }

  /** A timeline entry; for the public, staff names are replaced by the department's. */
  static TimelineEntry entry(ReportEvent e, boolean staffView) {
    return new TimelineEntry(
        Instant.ofEpochMilli(e.getAtMillis()),
        staffView ? e.getActor() : null,
        e.getKind(),
        e.getFromStatus(),
        e.getToStatus(),
        e.isPublicNote(),
        e.getText());
  }

  private void event(
      Report r,
      String actor,
      EventKind kind,
      ReportStatus from,
      ReportStatus to,
      boolean isPublic,
      String text) {
    ReportEvent e = new ReportEvent();
    e.setReportId(r.getId());
    e.setAtMillis(clock.now().toEpochMilli());
    e.setActor(cut(actor == null ? "anónimo" : actor, 64));
    e.setKind(kind);
    e.setFromStatus(from);
    e.setToStatus(to);
    e.setPublicNote(isPublic);
    e.setText(cut(text, 1000));
    repo.persist(e);
  }

  private void notify(Report r, String subject, String body) {
    // A report of an account is told as the account chose (e-mail, SMS, push; or not at all).
    if (r.getAccountId() != null
        && accountNotices.notify(
            r.getAccountId(),
            "sirc",
            subject,
            body
                + "\n\nSiga su reporte "
                + r.getFolio()
                + " en Mis trámites o con su enlace personal:\n"
                + trackingUrl(r.getToken()))) {
      return;
    }
    if (r.getContactEmail() != null) {
      notifications.send(
          r.getContactEmail(),
          subject,
          body
              + "\n\nSiga su reporte "
              + r.getFolio()
              + " (enlace personal, no lo comparta):\n"
              + trackingUrl(r.getToken()));
    }
  }

  private static ReportChannel channel(String code) {
    if (code == null || code.isBlank()) {
      return ReportChannel.PORTAL;
    }
    try {
      return ReportChannel.valueOf(code.trim());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("canal-invalido", "channel", "Canal desconocido: " + code);
    }
  }

  /** The reporter's private tracking page (ciudad.public-url + the token, never the folio). */
  static String trackingUrl(String token) {
    String base =
        org.eclipse.microprofile.config.ConfigProvider.getConfig(Reports.class.getClassLoader())
            .getOptionalValue("ciudad.public-url", String.class)
            .orElse("http://localhost:8080");
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + "/sirc/seguimiento.xhtml?t="
        + token;
  }

  static String statusLabel(ReportStatus s) {
    return switch (s) {
      case RECIBIDO -> "Recibido";
      case ASIGNADO -> "Asignado";
      case EN_PROCESO -> "En proceso";
      case RESUELTO -> "Resuelto";
      case RECHAZADO -> "Rechazado";
      case CERRADO -> "Cerrado";
    };
  }

  static String channelLabel(ReportChannel c) {
    return switch (c) {
      case PORTAL -> "el portal";
      case APP -> "la aplicación";
      case TELEFONO -> "teléfono";
      case VENTANILLA -> "ventanilla";
      case CHAT -> "chat";
    };
  }

  private static String local(Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
        .format(at.atZone(CityClock.ZONE));
  }

  static String token() {
    byte[] b = new byte[18];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
