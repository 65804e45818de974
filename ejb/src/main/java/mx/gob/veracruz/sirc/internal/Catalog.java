package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.DependenciaInfo;
import mx.gob.veracruz.common.OrganizationFacade;
import mx.gob.veracruz.sirc.QuestionView;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.model.SircAttribute;
import mx.gob.veracruz.sirc.model.SircService;
import mx.gob.veracruz.sirc.model.SircServiceVersion;

/** The catalogue: services as views, and each edit published as a new, stored version. */
@ApplicationScoped
public class Catalog {
  @Inject private SircRepository repo;
  @Inject private OrganizationFacade organization;

  public SircService require(String code) {
    if (code == null || code.isBlank()) {
      throw new BusinessRuleException("servicio-requerido", "serviceCode", "Indique el servicio");
    }
    return repo.service(code.trim())
        .filter(SircService::isActive)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "servicio-desconocido",
                    "serviceCode",
                    "No existe el servicio «" + code.trim() + "» en el catálogo"));
  }

  public ServiceView view(SircService s) {
    List<QuestionView> questions =
        repo.attributes(s.getId()).stream().map(Catalog::question).toList();
    String department =
        organization
            .dependencia(s.getDependencia())
            .map(DependenciaInfo::nombre)
            .orElse(s.getDependencia());
    return new ServiceView(
        s.getCode(),
        s.getName(),
        s.getDescription(),
        s.getKeywords(),
        s.getTheme(),
        s.getDependencia(),
        department,
        s.getSlaAmount(),
        s.getSlaUnit(),
        s.isAnonymousAllowed(),
        s.isActive(),
        s.getCatalogVersion(),
        questions);
  }

  static QuestionView question(SircAttribute a) {
    List<QuestionView.Option> values = new ArrayList<>();
    if (a.getValueList() != null && !a.getValueList().isBlank()) {
      for (String pair : a.getValueList().split("\\|")) {
        int eq = pair.indexOf('=');
        values.add(
            eq < 0
                ? new QuestionView.Option(pair, pair)
                : new QuestionView.Option(pair.substring(0, eq), pair.substring(eq + 1)));
      }
    }
    return new QuestionView(
        a.getCode(),
        a.getDatatype(),
        a.isRequired(),
        a.getDescription(),
        a.getDatatypeDescription(),
        a.getOrdinal(),
        values);
  }

  /** Stores the service as it stands now as its current catalogue version. */
  public void publish(SircService s, String actor, long nowMillis) {
    SircServiceVersion version = new SircServiceVersion();
    version.setServiceId(s.getId());
    version.setCatalogVersion(s.getCatalogVersion());
    version.setSnapshot(snapshot(view(s)));
    version.setCreatedAtMillis(nowMillis);
    version.setCreatedBy(actor);
    repo.persist(version);
  }

  /** The service as JSON: what a version stores, and how an edit tells whether anything changed. */
  public String snapshot(ServiceView v) {
    JsonArrayBuilder qs = Json.createArrayBuilder();
    for (QuestionView q : v.questions()) {
      JsonArrayBuilder options = Json.createArrayBuilder();
      q.values()
          .forEach(
              o ->
                  options.add(
                      Json.createObjectBuilder().add("key", o.key()).add("name", o.name())));
      qs.add(
          Json.createObjectBuilder()
              .add("code", q.code())
              .add("datatype", q.datatype().name())
              .add("required", q.required())
              .add("description", q.description())
              .add(
                  "datatypeDescription",
                  q.datatypeDescription() == null ? "" : q.datatypeDescription())
              .add("order", q.order())
              .add("values", options));
    }
    return Json.createObjectBuilder()
        .add("code", v.code())
        .add("name", v.name())
        .add("description", v.description())
        .add("keywords", v.keywords() == null ? "" : v.keywords())
        .add("theme", v.theme())
        .add("dependencia", v.dependencia())
        .add("slaAmount", v.slaAmount())
        .add("slaUnit", v.slaUnit().name())
        .add("anonymousAllowed", v.anonymousAllowed())
        .add("active", v.active())
        .add("questions", qs)
        .build()
        .toString();
  }
}
