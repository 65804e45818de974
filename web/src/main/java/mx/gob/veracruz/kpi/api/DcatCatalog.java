package mx.gob.veracruz.kpi.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.kpi.KpiPublicFacade;

/**
 * The observatory as a DCAT-AP 2 catalogue in JSON-LD: one {@code dcat:Dataset} per published
 * indicator, with a {@code dcat:Distribution} per format (CSV, JSON) and the API as a {@code
 * dcat:DataService}; themes, frequencies, formats, languages and licence from the EU vocabularies
 * DCAT-AP requires, so a national portal (datos.gob.mx runs CKAN with its DCAT harvester) can
 * harvest it.
 */
@ApplicationScoped
public class DcatCatalog {
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  private static final String EU = "http://publications.europa.eu/resource/authority/";
  static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

  @Inject private KpiPublicFacade facade;

  /** The catalogue, with every URL under {@code base} (the application's root, ending in /). */
  public JsonObject build(String base) {
    YearMonth[] span = facade.months();
    JsonObjectBuilder publisher =
        JSON.createObjectBuilder()
            .add("@id", base + "#ayuntamiento")
            .add("@type", "foaf:Agent")
            .add("foaf:name", "H. Ayuntamiento de Veracruz");
    String api = base + "api/v1/kpi/publico/";
    JsonObjectBuilder service =
        JSON.createObjectBuilder()
            .add("@id", api + "#servicio")
            .add("@type", "dcat:DataService")
            .add("dct:title", es("API de indicadores de gestión"))
            .add("dcat:endpointURL", id(api))
            .add("dcat:endpointDescription", id(base + "openapi"))
            .add("dct:license", id(LICENSE));
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (KpiIndicator i : facade.indicators()) {
      String landing =
          base
              + "datos/index.xhtml?indicador="
              + URLEncoder.encode(i.code(), StandardCharsets.UTF_8);
      JsonArrayBuilder keywords =
          JSON.createArrayBuilder().add(es("indicadores de gestión")).add(es(i.module()));
      JsonObjectBuilder d =
          JSON.createObjectBuilder()
              .add("@id", base + "datos/conjunto/" + i.code())
              .add("@type", "dcat:Dataset")
              .add("dct:identifier", i.code())
              .add("dct:title", es(i.name()))
              .add(
                  "dct:description",
                  es(
                      i.definition()
                          + " Cifras mensuales; los conteos menores a "
                          + facade.threshold()
                          + " y los que se deducirían por resta se suprimen."))
              .add("dcat:keyword", keywords)
              .add("dcat:theme", id(EU + "data-theme/GOVE"))
              .add("dct:publisher", id(base + "#ayuntamiento"))
              .add(
                  "dcat:contactPoint",
                  JSON.createObjectBuilder()
                      .add("@type", "vcard:Organization")
                      .add("vcard:fn", i.owner()))
              .add("dct:accrualPeriodicity", id(EU + "frequency/MONTHLY"))
              .add("dct:language", id(EU + "language/SPA"))
              .add("dct:spatial", id("https://www.geonames.org/3514783"))
              .add("dcat:landingPage", id(landing))
              .add("dct:license", id(LICENSE))
              .add(
                  "dcat:distribution",
                  JSON.createArrayBuilder()
                      .add(distribution(api, i, "csv", "text/csv", "CSV"))
                      .add(distribution(api, i, "json", "application/json", "JSON")));
      if (span != null) {
        d.add(
            "dct:temporal",
            JSON.createObjectBuilder()
                .add("@type", "dct:PeriodOfTime")
                .add("dcat:startDate", typed(span[0].atDay(1).toString()))
                .add("dcat:endDate", typed(span[1].atEndOfMonth().toString())));
      }
      datasets.add(d);
    }
    return JSON.createObjectBuilder()
        .add(
            "@context",
            JSON.createObjectBuilder()
                .add("dcat", "http://www.w3.org/ns/dcat#")
                .add("dct", "http://purl.org/dc/terms/")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("vcard", "http://www.w3.org/2006/vcard/ns#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#"))
        .add("@id", base + "datos/catalogo.jsonld")
        .add("@type", "dcat:Catalog")
        .add("dct:title", es("Observatorio de indicadores de gestión del Municipio de Veracruz"))
        .add(
            "dct:description",
            es(
                "Indicadores de gestión municipal (reportes ciudadanos, predial, personas"
                    + " atendidas) por mes, como datos abiertos."))
        .add("dct:publisher", publisher)
        .add("dct:language", id(EU + "language/SPA"))
        .add("dct:license", id(LICENSE))
        .add("foaf:homepage", id(base + "datos/index.xhtml"))
        .add("dcat:service", JSON.createArrayBuilder().add(service))
        .add("dcat:dataset", datasets)
        .build();
  }

  private static JsonObjectBuilder distribution(
      String api, KpiIndicator i, String ext, String media, String format) {
    String url = api + i.code() + "." + ext;
    return JSON.createObjectBuilder()
        .add("@id", url + "#distribucion")
        .add("@type", "dcat:Distribution")
        .add("dct:title", es(i.name() + " (" + format + ")"))
        .add("dcat:accessURL", id(url))
        .add("dcat:downloadURL", id(url))
        .add("dcat:mediaType", id("http://www.iana.org/assignments/media-types/" + media))
        .add("dct:format", id(EU + "file-type/" + format))
        .add("dct:license", id(LICENSE))
        .add("dcat:accessService", id(api + "#servicio"));
  }

  private static JsonObject es(String text) {
    return JSON.createObjectBuilder().add("@language", "es").add("@value", text).build();
  }

  private static JsonObject id(String iri) {
    return JSON.createObjectBuilder().add("@id", iri).build();
  }

  private static JsonObject typed(String date) {
    return JSON.createObjectBuilder().add("@type", "xsd:date").add("@value", date).build();
  }
}
