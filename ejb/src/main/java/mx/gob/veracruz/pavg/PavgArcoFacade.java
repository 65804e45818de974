package mx.gob.veracruz.pavg;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.DueDateResult;
import mx.gob.veracruz.common.FolioFacade;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Pages;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.pavg.PavgCodes.ArcoKind;
import mx.gob.veracruz.pavg.PavgCodes.ArcoStatus;
import mx.gob.veracruz.pavg.PavgCodes.ContactChannel;
import mx.gob.veracruz.pavg.PavgCodes.EntryKind;
import mx.gob.veracruz.pavg.internal.Cases;
import mx.gob.veracruz.pavg.internal.PavgRepository;
import mx.gob.veracruz.pavg.internal.PavgSettings;
import mx.gob.veracruz.pavg.internal.Sealer;
import mx.gob.veracruz.pavg.model.PavgArco;
import mx.gob.veracruz.pavg.model.PavgCase;

/**
 * ARCO requests (access, rectification, cancellation, opposition; LGPDPPSO) about PAVG data:
 * registered with the legal answer term counted by the business calendar (configurable; verify
 * against the 2025 text), answered, and executed on the case itself: a copy of her data, corrected
 * contact data, identifying data erased, or contact stopped. Executing on a case leaves an access
 * record the case's specialists see.
 */
@Stateless
@RolesAllowed(Roles.PAVG_SUPERVISOR)
public class PavgArcoFacade {
  /** The identifying fields a cancellation erases (the narrative is replaced by a note). */
  static final List<String> IDENTIFYING =
      List.of(
          "name",
          "victimName",
          "phone",
          "email",
          "contactHours",
          "safeWord",
          "place",
          "lat",
          "lon",
          "aggressor");

  @Inject private PavgRepository repo;
  @Inject private Cases cases;
  @Inject private PavgSettings settings;
  @Inject private CalendarFacade calendar;
  @Inject private FolioFacade folios;
  @Inject private CityClock clock;
  @Resource private SessionContext ctx;

  public List<ArcoView> list(boolean openOnly, PageRequest page) {
    return repo.arcos(openOnly, page).stream().map(a -> view(a, false)).toList();
  }

  public long count(boolean openOnly) {
    return repo.countArcos(openOnly);
  }

  @Audited(action = "pavg.arco.exportar", entity = "PavgArco", read = true)
  public long export(boolean openOnly, PageRequest order, Consumer<List<ArcoView>> sink) {
    return Pages.forEach(order, p -> list(openOnly, p), sink);
  }

  @Audited(action = "pavg.arco.consultar", entity = "PavgArco", read = true)
  public ArcoView detail(Long id) {
    return view(find(id), true);
  }

  @Audited(action = "pavg.arco.registrar", entity = "PavgArco")
  public ArcoView register(ArcoCommand c) {
    mx.gob.veracruz.common.Violations v = new mx.gob.veracruz.common.Violations();
    ArcoKind kind =
        v.check(
            () -> {
              ArcoKind k = PavgCodes.parse(ArcoKind.class, c.kind());
              if (k == null) {
                throw new BusinessRuleException(
                    "arco-tipo", "kind", "Elija el derecho que se ejerce");
              }
              return k;
            });
    LocalDate today = clock.today();
    LocalDate received = c.receivedOn() == null ? today : c.receivedOn();
    v.check(
        () -> {
          if (received.isAfter(today) || received.isBefore(today.minusYears(1))) {
            throw new BusinessRuleException(
                "arco-fecha",
                "receivedOn",
                "La fecha de recepción no puede ser futura ni de hace más de un año");
          }
          return null;
        });
    String requester =
        v.check(() -> text(c.requester(), "requester", 3, 200, "el nombre de quien solicita"));
    String request = v.check(() -> text(c.request(), "request", 10, 4000, "lo que se solicita"));
    Long caseId =
        v.check(
            () -> {
              if (c.caseFolio() != null && !c.caseFolio().isBlank()) {
                return repo.byFolio(c.caseFolio().trim().toUpperCase(java.util.Locale.ROOT))
                    .map(PavgCase::getId)
                    .orElseThrow(
                        () ->
                            new BusinessRuleException(
                                "arco-caso", "caseFolio", "No existe un caso con ese folio"));
              }
              if (c.kind() != null && !ArcoKind.ACCESO.name().equals(c.kind())) {
                throw new BusinessRuleException(
                    "arco-caso",
                    "caseFolio",
                    "Indique el folio del caso sobre el que se ejerce el derecho");
              }
              return null;
            });
    v.throwIfAny();
    DueDateResult due = calendar.dueDate(received, settings.arcoAnswerDays());
    PavgArco a = new PavgArco();
    a.setFolio(folios.next("ARCO"));
    a.setCaseId(caseId);
    a.setKind(kind.name());
    a.setStatus(ArcoStatus.REGISTRADA.name());
    a.setReceivedOn(received);
    a.setDueOn(due.date());
    a.setCreatedBy(user());
    a.setKeyId("-");
    a.setSealed("-");
    repo.persist(a);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("requester", requester);
    f.put("contact", c.contact() == null ? null : c.contact().strip());
    f.put("request", request);
    f.put("answer", null);
    seal(a, f);
    return view(a, true);
  }

  /** The answer within the term: granted (PROCEDENTE, with its execution term) or refused. */
  @Audited(action = "pavg.arco.responder", entity = "PavgArco")
  public ArcoView answer(Long id, boolean granted, String answer) {
    PavgArco a = find(id);
    if (!ArcoStatus.REGISTRADA.name().equals(a.getStatus())) {
      throw new BusinessRuleException("arco-estado", "answer", "La solicitud ya fue respondida");
    }
    String text = text(answer, "answer", 10, 4000, "la respuesta");
    Map<String, String> f = open(a);
    f.put("answer", text);
    seal(a, f);
    a.setAnsweredAtMillis(clock.now().toEpochMilli());
    if (granted) {
      a.setStatus(ArcoStatus.PROCEDENTE.name());
      a.setExecutionDueOn(calendar.dueDate(clock.today(), settings.arcoExecutionDays()).date());
    } else {
      a.setStatus(ArcoStatus.IMPROCEDENTE.name());
      a.setRetainUntil(clock.today().plusDays(settings.arcoRetentionDays()));
    }
    return view(a, true);
  }

  /**
   * Executes a granted request on its case. Rectification takes the corrected name, phone and
   * e-mail (null: unchanged); cancellation erases the identifying fields; opposition stops all
   * contact; access returns the copy to hand over (also available by {@link #accessCopy}).
   */
  @Audited(action = "pavg.arco.ejecutar", entity = "PavgArco")
  public ArcoView execute(Long id, String name, String phone, String email) {
    PavgArco a = find(id);
    if (!ArcoStatus.PROCEDENTE.name().equals(a.getStatus())) {
      throw new BusinessRuleException(
          "arco-estado", "kind", "Sólo se ejecuta una solicitud respondida como procedente");
    }
    ArcoKind kind = ArcoKind.valueOf(a.getKind());
    long now = clock.now().toEpochMilli();
    if (a.getCaseId() != null && kind != ArcoKind.ACCESO) {
      PavgCase c = repo.find(PavgCase.class, a.getCaseId());
      if (c != null) {
        Map<String, String> content = cases.content(c);
        switch (kind) {
          case RECTIFICACION -> {
            if (blank(name) && blank(phone) && blank(email)) {
              throw new BusinessRuleException(
                  "arco-rectificacion", "name", "Escriba al menos un dato corregido");
            }
            if (!blank(name)) {
              content.put("name", name.strip());
            }
            if (!blank(phone)) {
              String p = phone.replaceAll("[\\s().-]", "");
              if (!p.matches("\\+?[0-9]{10,13}")) {
                throw new BusinessRuleException(
                    "telefono", "phone", "Escriba un teléfono de 10 dígitos");
              }
              content.put("phone", p);
            }
            if (!blank(email)) {
              if (!email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$")) {
                throw new BusinessRuleException("correo", "email", "Escriba un correo válido");
              }
              content.put("email", email.strip());
            }
          }
          case CANCELACION -> {
            IDENTIFYING.forEach(k -> content.put(k, null));
            content.put(
                "narrative", "[Relato suprimido por la solicitud ARCO " + a.getFolio() + "]");
            content.put("contactChannel", ContactChannel.NO_CONTACTAR.name());
          }
          case OPOSICION -> content.put("contactChannel", ContactChannel.NO_CONTACTAR.name());
          default -> {}
        }
        cases.seal(c, content);
        c.setUpdatedAtMillis(now);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", kind.name());
        f.put("text", "Solicitud ARCO " + a.getFolio() + " ejecutada");
        cases.entry(c.getId(), EntryKind.ARCO.name(), user(), now, f);
        cases.access(c.getId(), user(), now, now, "Ejecución de la solicitud ARCO " + a.getFolio());
      }
    }
    a.setStatus(ArcoStatus.EJECUTADA.name());
    a.setExecutedAtMillis(now);
    a.setRetainUntil(clock.today().plusDays(settings.arcoRetentionDays()));
    return view(a, true);
  }

  /**
   * The copy of her data for an access request (granted): every field she gave and the record's
   * entries, as text lines. An audited read, recorded on the case for its specialists.
   */
  @Audited(action = "pavg.arco.copia", entity = "PavgArco", read = true)
  public List<String> accessCopy(Long id) {
    PavgArco a = find(id);
    if (!ArcoKind.ACCESO.name().equals(a.getKind())
        || !(ArcoStatus.PROCEDENTE.name().equals(a.getStatus())
            || ArcoStatus.EJECUTADA.name().equals(a.getStatus()))
        || a.getCaseId() == null) {
      throw new BusinessRuleException(
          "arco-copia", "kind", "La copia es de una solicitud de acceso procedente con caso");
    }
    PavgCase c = repo.find(PavgCase.class, a.getCaseId());
    if (c == null) {
      throw new BusinessRuleException("arco-caso", "caseFolio", "El caso ya no existe");
    }
    long now = clock.now().toEpochMilli();
    cases.access(c.getId(), user(), now, now, "Copia para la solicitud ARCO " + a.getFolio());
    CaseDetail d = cases.detail(c, now, true);
    List<String> lines = new java.util.ArrayList<>();
    lines.add("Folio del caso: " + d.folio());
    lines.add("Recibido: " + d.receivedAt());
    var k = d.content();
    lines.add("Nombre: " + nz(k.name()));
    lines.add("Nombre de la persona afectada: " + nz(k.victimName()));
    lines.add("Teléfono: " + nz(k.phone()));
    lines.add("Correo: " + nz(k.email()));
    lines.add("Horario de contacto: " + nz(k.contactHours()));
    lines.add("Lugar: " + nz(k.place()));
    lines.add("Persona agresora: " + nz(k.aggressor()));
    lines.add("Relato: " + nz(k.narrative()));
    for (CaseDetail.Entry e : d.entries()) {
      lines.add(e.at() + " · " + e.kind() + " · " + nz(e.fields().get("text")));
    }
    return lines;
  }

  private ArcoView view(PavgArco a, boolean withContent) {
    Map<String, String> f = withContent ? open(a) : Map.of();
    // The explanation of the term is shown only with the request itself: a list row does not
    // recount the calendar (one query of municipal days per row).
    String explanation =
        withContent
            ? calendar.dueDate(a.getReceivedOn(), settings.arcoAnswerDays()).explanation()
            : null;
    String caseFolio =
        a.getCaseId() == null
            ? null
            : java.util.Optional.ofNullable(repo.find(PavgCase.class, a.getCaseId()))
                .map(PavgCase::getFolio)
                .orElse(null);
    LocalDate today = clock.today();
    boolean overdue =
        (ArcoStatus.REGISTRADA.name().equals(a.getStatus()) && today.isAfter(a.getDueOn()))
            || (ArcoStatus.PROCEDENTE.name().equals(a.getStatus())
                && a.getExecutionDueOn() != null
                && today.isAfter(a.getExecutionDueOn()));
    return new ArcoView(
        a.getId(),
        a.getFolio(),
        a.getKind(),
        a.getStatus(),
        caseFolio,
        a.getReceivedOn(),
        a.getDueOn(),
        overdue,
        a.getAnsweredAtMillis() == null ? null : Instant.ofEpochMilli(a.getAnsweredAtMillis()),
        a.getExecutionDueOn(),
        a.getExecutedAtMillis() == null ? null : Instant.ofEpochMilli(a.getExecutedAtMillis()),
        f.get("requester"),
        f.get("contact"),
        f.get("request"),
        f.get("answer"),
        explanation);
  }

  private PavgArco find(Long id) {
    PavgArco a = id == null ? null : repo.find(PavgArco.class, id);
    if (a == null) {
      throw new BusinessRuleException("no-encontrado", "No existe esa solicitud");
    }
    return a;
  }

  private Map<String, String> open(PavgArco a) {
    return cases.sealer().open(Cases.ARCO, a.getId(), a.getKeyId(), a.getSealed());
  }

  private void seal(PavgArco a, Map<String, String> f) {
    Sealer.Sealed s = cases.sealer().seal(Cases.ARCO, a.getId(), f);
    a.setKeyId(s.keyId());
    a.setSealed(s.text());
  }

  private static String text(String value, String field, int min, int max, String what) {
    String t = value == null ? "" : value.strip();
    if (t.length() < min || t.length() > max) {
      throw new BusinessRuleException(
          "texto-invalido",
          field,
          "Escriba " + what + " (de " + min + " a " + max + " caracteres)");
    }
    return t;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }

  private String user() {
    return ctx.getCallerPrincipal().getName();
  }
}
