package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.DependenciaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.OrganizationFacade;
import mx.gob.veracruz.sirc.AttributeType;
import mx.gob.veracruz.sirc.CatalogVersionView;
import mx.gob.veracruz.sirc.RoutingRuleEdit;
import mx.gob.veracruz.sirc.RoutingRuleView;
import mx.gob.veracruz.sirc.ServiceEdit;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SlaUnit;
import mx.gob.veracruz.sirc.model.RoutingRule;
import mx.gob.veracruz.sirc.model.SircAttribute;
import mx.gob.veracruz.sirc.model.SircService;

/**
 * Editing the catalogue and the routing rules. Every saved change of a service publishes a new
 * catalogue version (the reports filed before keep theirs); an edit based on an older version than
 * the stored one is refused (two supervisors never overwrite each other). {@code department} is the
 * editor's own department (a supervisor's), or null for staff of the whole municipality: a
 * supervisor edits only the services and rules of their department.
 */
@ApplicationScoped
public class CatalogEditor {
  private static final Pattern SERVICE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
  private static final Pattern QUESTION_CODE = Pattern.compile("^[a-z][a-z0-9_]{0,31}$");
  private static final Pattern VALUE_KEY = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,39}$");

  @Inject private SircRepository repo;
  @Inject private Catalog catalog;
  @Inject private OrganizationFacade organization;
  @Inject private GeographyFacade geography;
  @Inject private CityClock clock;

  public ServiceView save(ServiceEdit e, String actor, String department) {
    String code = e.code() == null ? "" : e.code().trim().toUpperCase(java.util.Locale.ROOT);
    SircService s = repo.service(code).orElse(null);
    boolean created = e.basedOnVersion() == 0;
    if (created) {
      if (!SERVICE_CODE.matcher(code).matches()) {
        throw new BusinessRuleException(
            "codigo-invalido",
            "code",
            "La clave del servicio va en mayúsculas, sin espacios (letras, números y _), de 2 a 32");
      }
      if (s != null) {
        throw new BusinessRuleException(
            "codigo-duplicado", "code", "Ya existe un servicio con la clave «" + code + "»");
      }
    } else if (s == null) {
      throw new BusinessRuleException("no-encontrado", "code", "No existe el servicio");
    }
    if (s != null) {
      owned(s.getDependencia(), department);
      if (s.getCatalogVersion() != e.basedOnVersion()) {
        throw new BusinessRuleException(
            "version-cambiada",
            "name",
            "Otra persona publicó la versión "
                + s.getCatalogVersion()
                + " de este servicio mientras usted lo editaba: recargue y repita su cambio");
      }
    }
    String name = text(e.name(), "name", "el nombre", 120, true);
    String description = text(e.description(), "description", "la descripción", 500, true);
    String keywords = text(e.keywords(), "keywords", "las palabras clave", 300, false);
    String theme = text(e.theme(), "theme", "el tema", 60, true);
    String dependencia = e.dependencia() == null ? "" : e.dependencia().trim();
    if (organization.dependencia(dependencia).isEmpty()) {
      throw new BusinessRuleException(
          "dependencia-desconocida", "dependencia", "Elija la dependencia responsable");
    }
    owned(dependencia, department);
    SlaUnit unit = e.slaUnit();
    if (unit == null) {
      throw new BusinessRuleException("sla-unidad", "slaUnit", "Elija horas o días hábiles");
    }
    int max = unit == SlaUnit.HORAS_HABILES ? 400 : 120;
    if (e.slaAmount() < 1 || e.slaAmount() > max) {
      throw new BusinessRuleException(
          "sla-invalido",
          "slaAmount",
          "El plazo va de 1 a "
              + max
              + (unit == SlaUnit.HORAS_HABILES ? " horas" : " días")
              + " hábiles");
    }
    List<ServiceEdit.Question> questions = questions(e.questions());

    String before = s == null ? null : catalog.snapshot(catalog.view(s));
    if (s == null) {
      s = new SircService();
      s.setCode(code);
      s.setCatalogVersion(0);
    }
    s.setName(name);
    s.setDescription(description);
    s.setKeywords(keywords);
    s.setTheme(theme);
    s.setDependencia(dependencia);
    s.setSlaAmount(e.slaAmount());
    s.setSlaUnit(unit);
    s.setAnonymousAllowed(e.anonymousAllowed());
    s.setActive(e.active());
    if (created) {
      repo.persist(s);
      repo.flush();
    } else {
      repo.removeAttributes(s.getId());
    }
    for (ServiceEdit.Question q : questions) {
      SircAttribute a = new SircAttribute();
      a.setServiceId(s.getId());
      a.setCode(q.code());
      a.setDatatype(q.datatype());
      a.setRequired(q.required());
      a.setDescription(q.description());
      a.setDatatypeDescription(q.datatypeDescription());
      a.setOrdinal(q.order());
      a.setValueList(q.values());
      repo.persist(a);
    }
    repo.flush();
    String after = catalog.snapshot(catalog.view(s));
    if (after.equals(before)) {
      throw new BusinessRuleException(
          "sin-cambios", "name", "No hay cambios que publicar: la versión vigente es igual");
    }
    s.setCatalogVersion(s.getCatalogVersion() + 1);
    repo.flush();
    catalog.publish(s, actor, clock.now().toEpochMilli());
    return catalog.view(s);
  }

  public List<CatalogVersionView> versions(String code) {
    SircService s =
        repo.service(code == null ? "" : code)
            .orElseThrow(
                () -> new BusinessRuleException("no-encontrado", "code", "No existe el servicio"));
    return repo.versions(s.getId()).stream()
        .map(
            v ->
                new CatalogVersionView(
                    v.getCatalogVersion(),
                    Instant.ofEpochMilli(v.getCreatedAtMillis()),
                    v.getCreatedBy(),
                    v.getSnapshot()))
        .toList();
  }

  public List<RoutingRuleView> rules(String department) {
    return repo.routingRules().stream()
        .filter(r -> department == null || department.equals(r.getDependencia()))
        .map(this::view)
        .toList();
  }

  public RoutingRuleView saveRule(RoutingRuleEdit e, String actor, String department) {
    String serviceCode = blankToNull(e.serviceCode());
    SircService service = null;
    if (serviceCode != null) {
      service =
          repo.service(serviceCode)
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "servicio-desconocido", "service", "Elija un servicio del catálogo"));
    }
    if (department != null && service == null) {
      throw new BusinessRuleException(
          "servicio-requerido",
          "service",
          "Elija el servicio: una regla para todos los servicios la define la administración");
    }
    if (service != null) {
      owned(service.getDependencia(), department);
    }
    Long colonia = e.coloniaId();
    if (colonia != null && geography.colonia(colonia).isEmpty()) {
      throw new BusinessRuleException("colonia-desconocida", "colonia", "Elija una colonia");
    }
    if (serviceCode == null && colonia == null) {
      throw new BusinessRuleException(
          "regla-vacia",
          "service",
          "Una regla necesita un servicio, una colonia o ambos (sin ellos manda el catálogo)");
    }
    String dependencia = e.dependencia() == null ? "" : e.dependencia().trim();
    if (organization.dependencia(dependencia).isEmpty()) {
      throw new BusinessRuleException(
          "dependencia-desconocida", "dependencia", "Elija la dependencia que atiende");
    }
    owned(dependencia, department);
    String crew = text(e.crew(), "crew", "la cuadrilla", 64, false);
    RoutingRule rule;
    if (e.id() == null) {
      rule = new RoutingRule();
    } else {
      rule = repo.find(RoutingRule.class, e.id());
      if (rule == null || (department != null && !department.equals(rule.getDependencia()))) {
        throw new BusinessRuleException("no-encontrado", "id", "No existe la regla");
      }
    }
    for (RoutingRule other : repo.routingRules()) {
      if (!other.getId().equals(rule.getId())
          && java.util.Objects.equals(other.getServiceCode(), serviceCode)
          && java.util.Objects.equals(other.getColoniaId(), colonia)) {
        throw new BusinessRuleException(
            "regla-duplicada",
            "service",
            "Ya hay una regla para ese servicio y esa colonia: edítela en lugar de crear otra");
      }
    }
    rule.setServiceCode(serviceCode);
    rule.setColoniaId(colonia);
    rule.setDependencia(dependencia);
    rule.setCrew(crew);
    rule.setUpdatedBy(actor);
    rule.setUpdatedAtMillis(clock.now().toEpochMilli());
    if (rule.getId() == null) {
      repo.persist(rule);
    }
    repo.flush();
    return view(rule);
  }

  public void deleteRule(Long id, String department) {
    RoutingRule rule = repo.find(RoutingRule.class, id);
    if (rule == null || (department != null && !department.equals(rule.getDependencia()))) {
      throw new BusinessRuleException("no-encontrado", "id", "No existe la regla");
    }
    repo.remove(rule);
  }

  private RoutingRuleView view(RoutingRule r) {
    return new RoutingRuleView(
        r.getId(),
        r.getServiceCode(),
        r.getServiceCode() == null
            ? null
            : repo.service(r.getServiceCode()).map(SircService::getName).orElse(r.getServiceCode()),
        r.getColoniaId(),
        r.getColoniaId() == null
            ? null
            : geography.colonia(r.getColoniaId()).map(ColoniaInfo::nombre).orElse(""),
        r.getDependencia(),
        organization
            .dependencia(r.getDependencia())
            .map(DependenciaInfo::nombre)
            .orElse(r.getDependencia()),
        r.getCrew(),
        r.getUpdatedBy(),
        r.getUpdatedAtMillis() == null ? null : Instant.ofEpochMilli(r.getUpdatedAtMillis()));
  }

  /** A supervisor acts only within their department. */
  private static void owned(String dependencia, String department) {
    if (department != null && !department.equals(dependencia)) {
      throw new BusinessRuleException(
          "otra-dependencia",
          "dependencia",
          "Solo puede editar los servicios y reglas de su dependencia");
    }
  }

  private List<ServiceEdit.Question> questions(List<ServiceEdit.Question> in) {
    List<ServiceEdit.Question> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int n = 0;
    for (ServiceEdit.Question q : in == null ? List.<ServiceEdit.Question>of() : in) {
      n++;
      String where = "Pregunta " + n + ": ";
      String code = q.code() == null ? "" : q.code().trim();
      if (!QUESTION_CODE.matcher(code).matches()) {
        throw new BusinessRuleException(
            "pregunta-codigo",
            null,
            where + "la clave va en minúsculas, sin espacios (letras, números y _)");
      }
      if (!codes.add(code)) {
        throw new BusinessRuleException(
            "pregunta-duplicada", null, where + "la clave «" + code + "» se repite");
      }
      if (q.datatype() == null) {
        throw new BusinessRuleException("pregunta-tipo", null, where + "elija el tipo");
      }
      String description = text(q.description(), null, where + "el texto", 300, true);
      String hint = text(q.datatypeDescription(), null, where + "la ayuda", 200, false);
      boolean list =
          q.datatype() == AttributeType.SINGLEVALUELIST
              || q.datatype() == AttributeType.MULTIVALUELIST;
      String values = null;
      if (list) {
        List<String> pairs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : (q.values() == null ? "" : q.values()).split("\\R")) {
          if (line.isBlank()) {
            continue;
          }
          int eq = line.indexOf('=');
          String key = (eq < 0 ? line : line.substring(0, eq)).trim();
          String label = (eq < 0 ? line : line.substring(eq + 1)).trim();
          if (!VALUE_KEY.matcher(key).matches() || label.isEmpty() || label.contains("|")) {
            throw new BusinessRuleException(
                "pregunta-opciones",
                null,
                where + "cada opción va en su renglón como clave=Nombre (clave en minúsculas)");
          }
          if (!keys.add(key)) {
            throw new BusinessRuleException(
                "pregunta-opciones", null, where + "la opción «" + key + "» se repite");
          }
          pairs.add(key + "=" + label);
        }
        if (pairs.size() < 2) {
          throw new BusinessRuleException(
              "pregunta-opciones", null, where + "una lista necesita al menos dos opciones");
        }
        values = String.join("|", pairs);
        if (values.length() > 1000) {
          throw new BusinessRuleException(
              "pregunta-opciones", null, where + "las opciones exceden 1,000 caracteres");
        }
      } else if (q.values() != null && !q.values().isBlank()) {
        throw new BusinessRuleException(
            "pregunta-opciones", null, where + "solo las listas llevan opciones");
      }
      out.add(
          new ServiceEdit.Question(
              code, q.datatype(), q.required(), description, hint, q.order(), values));
    }
    out.sort(Comparator.comparingInt(ServiceEdit.Question::order));
    List<ServiceEdit.Question> numbered = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      ServiceEdit.Question q = out.get(i);
      numbered.add(
          new ServiceEdit.Question(
              q.code(),
              q.datatype(),
              q.required(),
              q.description(),
              q.datatypeDescription(),
              i + 1,
              q.values()));
    }
    return numbered;
  }

  /** {@code what} is "el nombre", or "Pregunta 2: el texto" for a question's field. */
  private static String text(String v, String field, String what, int max, boolean required) {
    String t = v == null ? "" : v.trim();
    int colon = what.indexOf(": ");
    String prefix = colon < 0 ? "" : what.substring(0, colon + 2);
    String thing = colon < 0 ? what : what.substring(colon + 2);
    if (t.isEmpty()) {
      if (required) {
        throw new BusinessRuleException(
            "dato-requerido", field, prefix + (prefix.isEmpty() ? "Indique " : "indique ") + thing);
      }
      return null;
    }
    if (t.length() > max) {
      String sentence = thing + " admite hasta " + max + " caracteres";
      throw new BusinessRuleException(
          "dato-largo",
          field,
          prefix
              + (prefix.isEmpty()
                  ? Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1)
                  : sentence));
    }
    return t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
