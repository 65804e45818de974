package mx.gob.veracruz.tramites.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import mx.gob.veracruz.tramites.TramiteCatalogFacade;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.TramiteInfo;
import mx.gob.veracruz.tramites.TramiteSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue for machines: our own JSON (search and paging), the EU's CPSV-AP as JSON-LD and
 * Open Referral's HSDS, all generated from the same definitions as the portal.
 */
@Path("v1/tramites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trámites", description = "Catálogo de trámites y servicios")
public class TramitesResource {
  static final String MXN = "http://publications.europa.eu/resource/authority/currency/MXN";

  @Inject private TramiteCatalogFacade catalog;
  @Inject private mx.gob.veracruz.tramites.ExpedienteFacade cases;

  @GET
  @Operation(summary = "Busca en el catálogo (paginado)")
  public JsonObject search(
      @QueryParam("q") String q,
      @QueryParam("area") String area,
      @QueryParam("enLinea") @DefaultValue("false") boolean online,
      @QueryParam("desde") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("20") int max) {
    var page = catalog.search(q, area, online, first, max);
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (TramiteSummary t : page.items()) {
      items.add(
          Json.createObjectBuilder()
              .add("clave", t.code())
              .add("nombre", t.name())
              .add("area", t.area())
              .add("descripcion", t.description())
              .add("plazoDiasHabiles", t.termDays())
              .add("silencio", t.silence())
              .add("enLinea", t.online())
              .add("costo", t.feeText())
              .add("version", t.version()));
    }
    return Json.createObjectBuilder().add("total", page.total()).add("items", items).build();
  }

  @GET
  @Path("{clave}")
  @Operation(summary = "La definición publicada de un trámite")
  public JsonObject one(@PathParam("clave") String code) {
    TramiteInfo i = catalog.info(code);
    return Json.createObjectBuilder(i.definition().toJsonObject())
        .add("version", i.version())
        .build();
  }

  @GET
  @Path("cpsv-ap")
  @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "El catálogo en CPSV-AP 3 (JSON-LD)")
  public JsonObject cpsv() {
    JsonObjectBuilder ctx =
        Json.createObjectBuilder()
            .add("cpsv", "http://purl.org/vocab/cpsv#")
            .add("cv", "http://data.europa.eu/m8g/")
            .add("dct", "http://purl.org/dc/terms/")
            .add("skos", "http://www.w3.org/2004/02/skos/core#")
            .add("eli", "http://data.europa.eu/eli/ontology#")
            .add("xsd", "http://www.w3.org/2001/XMLSchema#");
    JsonArrayBuilder graph = Json.createArrayBuilder();
    Map<String, String> authorities = new LinkedHashMap<>();
    for (TramiteInfo i : catalog.published()) {
      TramiteDefinition d = i.definition();
      String id = "urn:veracruz:tramite:" + d.code();
      String authority =
          authorities.computeIfAbsent(
              d.area(),
              a ->
                  "urn:veracruz:area:"
                      + UUID.nameUUIDFromBytes(a.getBytes(StandardCharsets.UTF_8)));
      JsonArrayBuilder reqs = Json.createArrayBuilder();
      JsonArrayBuilder inputs = Json.createArrayBuilder();
      for (var r : d.requirements()) {
        JsonObjectBuilder req =
            Json.createObjectBuilder()
                .add("@id", id + ":requisito:" + r.code())
                .add("@type", "cv:Requirement")
                .add("dct:identifier", r.code())
                .add("dct:title", es(r.name()));
        reqs.add(req);
        if (r.document()) {
          inputs.add(
              Json.createObjectBuilder()
                  .add("@id", id + ":evidencia:" + r.code())
                  .add("@type", "cv:Evidence")
                  .add("dct:identifier", r.code())
                  .add("dct:title", es(r.name())));
        }
      }
      JsonArrayBuilder costs = Json.createArrayBuilder();
      int n = 0;
      for (var f : d.fees()) {
        JsonObjectBuilder c =
            Json.createObjectBuilder()
                .add("@id", id + ":costo:" + (++n))
                .add("@type", "cv:Cost")
                .add("cv:currency", Json.createObjectBuilder().add("@id", MXN));
        if (f.computed()) {
          c.add(
              "dct:description",
              es(
                  (f.description() == null ? "Cuota" : f.description())
                      + ": "
                      + f.perUnit().toPlainString()
                      + " MXN por unidad"
                      + (f.minimum() == null
                          ? ""
                          : ", mínimo " + f.minimum().toPlainString() + " MXN")));
        } else {
          c.add(
              "cv:value",
              Json.createObjectBuilder()
                  .add("@value", f.amount().toPlainString())
                  .add("@type", "xsd:decimal"));
          if (f.description() != null) {
            c.add("dct:description", es(f.description()));
          }
        }
        costs.add(c);
      }
      JsonArrayBuilder channels = Json.createArrayBuilder();
      for (String ch : d.channels()) {
        channels.add(
            Json.createObjectBuilder()
                .add("@id", id + ":canal:" + ch.toLowerCase())
                .add("@type", "cv:Channel")
                .add("dct:type", es("EN_LINEA".equals(ch) ? "Portal en línea" : "Ventanilla")));
      }
      graph.add(
          Json.createObjectBuilder()
              .add("@id", id)
              .add("@type", "cpsv:PublicService")
              .add("dct:identifier", d.code())
              .add("dct:title", es(d.name()))
              .add("dct:description", es(d.description()))
              .add("cv:hasCompetentAuthority", Json.createObjectBuilder().add("@id", authority))
              .add(
                  "cv:processingTime",
                  Json.createObjectBuilder()
                      .add("@value", "P" + d.termDays() + "D")
                      .add("@type", "xsd:duration"))
              .add(
                  "cpsv:follows",
                  Json.createObjectBuilder()
                      .add("@id", id + ":regla")
                      .add("@type", "cpsv:Rule")
                      .add(
                          "dct:description",
                          es(
                              d.legalBasis()
                                  + " · "
                                  + d.termDays()
                                  + " días hábiles; "
                                  + ("AFIRMATIVA".equals(d.silence())
                                      ? "afirmativa ficta"
                                      : "negativa ficta"))))
              .add("cv:holdsRequirement", reqs)
              .add("cpsv:hasInput", inputs)
              .add("cv:hasCost", costs)
              .add("cv:hasChannel", channels)
              .add("dct:type", es(d.whoCanAsk()))
              .add(
                  "cv:hasLegalResource",
                  Json.createObjectBuilder()
                      .add("@id", id + ":fundamento")
                      .add("@type", "eli:LegalResource")
                      .add("dct:description", es(d.legalBasis())))
              .add("owl:versionInfo", String.valueOf(i.version())));
    }
    authorities.forEach(
        (name, id) ->
            graph.add(
                Json.createObjectBuilder()
                    .add("@id", id)
                    .add("@type", "cv:PublicOrganisation")
                    .add("skos:prefLabel", es(name))
                    .add(
                        "cv:spatial",
                        Json.createObjectBuilder()
                            .add("@id", "https://www.inegi.org.mx/app/ageeml/#30193"))));
    return Json.createObjectBuilder()
        .add("@context", ctx.add("owl", "http://www.w3.org/2002/07/owl#"))
        .add("@graph", graph)
        .build();
  }

  @GET
  @Path("hsds")
  @Operation(summary = "El catálogo en Open Referral HSDS 3 (JSON)")
  public JsonObject hsds() {
    Map<String, String> orgs = new LinkedHashMap<>();
    JsonArrayBuilder services = Json.createArrayBuilder();
    for (TramiteInfo i : catalog.published()) {
      TramiteDefinition d = i.definition();
      String org =
          orgs.computeIfAbsent(
              d.area(),
              a ->
                  UUID.nameUUIDFromBytes(("area:" + a).getBytes(StandardCharsets.UTF_8))
                      .toString());
      String serviceId =
          UUID.nameUUIDFromBytes(("tramite:" + d.code()).getBytes(StandardCharsets.UTF_8))
              .toString();
      JsonArrayBuilder reqs = Json.createArrayBuilder();
      d.requirements()
          .forEach(
              r ->
                  reqs.add(
                      Json.createObjectBuilder()
                          .add(
                              "id",
                              UUID.nameUUIDFromBytes(
                                      ("requisito:" + d.code() + ":" + r.code())
                                          .getBytes(StandardCharsets.UTF_8))
                                  .toString())
                          .add("service_id", serviceId)
                          .add("document", r.name())));
      services.add(
          Json.createObjectBuilder()
              .add("id", serviceId)
              .add("organization_id", org)
              .add("name", d.name())
              .add("alternate_name", d.code())
              .add("description", d.description())
              .add("status", "active")
              .add("eligibility_description", d.whoCanAsk())
              .add(
                  "application_process",
                  String.join(
                      "; ",
                      d.channels().stream()
                          .map(
                              c -> "EN_LINEA".equals(c) ? "En línea en el portal" : "En ventanilla")
                          .toList()))
              .add("fees_description", d.free() ? "Gratuito" : String.join("; ", i.feeTexts()))
              .add("accreditations", d.legalBasis())
              .add("required_documents", reqs)
              .add("wait_time", d.termDays() + " días hábiles")
              .add("version", String.valueOf(i.version())));
    }
    JsonArrayBuilder organizations = Json.createArrayBuilder();
    orgs.forEach(
        (name, id) ->
            organizations.add(
                Json.createObjectBuilder()
                    .add("id", id)
                    .add("name", name)
                    .add("description", name + " del H. Ayuntamiento de Veracruz")));
    return Json.createObjectBuilder()
        .add("organizations", organizations)
        .add("services", services)
        .build();
  }

  @jakarta.ws.rs.POST
  @Path("citas/recordatorios")
  @Operation(
      summary =
          "Envía los recordatorios de las citas de una fecha (los no enviados aún; solo ADMIN)")
  public JsonObject reminders(@QueryParam("fecha") String day) {
    java.time.LocalDate d;
    try {
      d = day == null ? null : java.time.LocalDate.parse(day);
    } catch (java.time.format.DateTimeParseException e) {
      throw new mx.gob.veracruz.common.BusinessRuleException(
          "fecha-invalida", "fecha", "Fecha no válida (AAAA-MM-DD)");
    }
    return Json.createObjectBuilder().add("enviados", cases.sendReminders(d)).build();
  }

  private static JsonObject es(String text) {
    return Json.createObjectBuilder()
        .add("@value", text == null ? "" : text)
        .add("@language", "es")
        .build();
  }
}
