package mx.gob.veracruz.kpi.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.SheetWriter;
import mx.gob.veracruz.kpi.KpiPublicFacade;
import mx.gob.veracruz.kpi.KpiValue;
import mx.gob.veracruz.kpi.web.KpiLabels;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The observatory's open data, without login: the published indicators, their monthly values by
 * dimension with small counts suppressed (JSON and CSV), and the DCAT-AP catalogue national portals
 * harvest (also at {@code /datos/catalogo.jsonld}).
 */
@Path("v1/kpi/publico")
@RequestScoped
public class KpiPublicResource {
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject private KpiPublicFacade facade;
  @Inject private KpiLabels labels;
  @Inject private DcatCatalog catalog;
  @Context private UriInfo uri;

  @GET
  @Path("indicadores")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Indicadores publicados: definición, unidad, desglose y umbral de supresión")
  public Response indicators() {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (KpiIndicator i : facade.indicators()) {
      a.add(definition(i));
    }
    return cached(
        JSON.createObjectBuilder()
            .add("umbral", facade.threshold())
            .add("indicadores", a)
            .build()
            .toString(),
        MediaType.APPLICATION_JSON);
  }

  @GET
  @Path("valores")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Valores mensuales de un indicador por dimensión; los conteos menores al umbral, y los"
              + " que se deducirían por resta del total, van como null con suprimido=true")
  public Response values(
      @QueryParam("indicador") String code,
      @QueryParam("dimension") String dimension,
      @QueryParam("desde") String from,
      @QueryParam("hasta") String to) {
    KpiIndicator i = facade.indicator(code);
    String dim = dimension == null || dimension.isBlank() ? "TOTAL" : dimension;
    YearMonth[] range = range(from, to);
    List<KpiValue> rows = facade.table(code, dim, range[0], range[1]);
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (KpiValue v : rows) {
      JsonObjectBuilder o =
          JSON.createObjectBuilder()
              .add("mes", YearMonth.from(v.period()).toString())
              .add("clave", v.key())
              .add("etiqueta", labels.key(i.module(), dim, v.key()));
      if (v.suppressed()) {
        o.addNull("valor").add("suprimido", true);
      } else {
        o.add("valor", v.value()).add("suprimido", false);
      }
      a.add(o);
    }
    return cached(
        JSON.createObjectBuilder()
            .add("indicador", definition(i))
            .add("dimension", dim)
            .add("desde", range[0].toString())
            .add("hasta", range[1].toString())
            .add("umbral", facade.threshold())
            .add("valores", a)
            .build()
            .toString(),
        MediaType.APPLICATION_JSON);
  }

  /** The whole indicator (every dimension, the last 36 months with figures) as one CSV file. */
  @GET
  @Path("{codigo}.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(summary = "Un indicador completo en CSV (todas sus dimensiones, últimos 36 meses)")
  public Response csv(@PathParam("codigo") String code) {
    KpiIndicator i = facade.indicator(code);
    YearMonth[] range = lastMonths();
    StreamingOutput body =
        out -> {
          try (SheetWriter w =
              SheetWriter.open(
                  SheetWriter.Format.CSV,
                  out,
                  List.of(
                      "indicador",
                      "mes",
                      "dimension",
                      "clave",
                      "etiqueta",
                      "valor",
                      "unidad",
                      "suprimido"),
                  List.of(
                      ExportColumn.Kind.IDENTIFIER,
                      ExportColumn.Kind.IDENTIFIER,
                      ExportColumn.Kind.IDENTIFIER,
                      ExportColumn.Kind.IDENTIFIER,
                      ExportColumn.Kind.TEXT,
                      ExportColumn.Kind.MONEY,
                      ExportColumn.Kind.TEXT,
                      ExportColumn.Kind.TEXT))) {
            if (range == null) {
              return;
            }
            for (String dim : i.dimensions()) {
              for (KpiValue v : facade.table(code, dim, range[0], range[1])) {
                w.row(
                    java.util.Arrays.asList(
                        i.code(),
                        YearMonth.from(v.period()).toString(),
                        dim,
                        // the total's key "-" would read as a formula's minus in a spreadsheet
                        mx.gob.veracruz.common.KpiSink.TOTAL_KEY.equals(v.key())
                            ? "TOTAL"
                            : v.key(),
                        labels.key(i.module(), dim, v.key()),
                        v.value(),
                        i.unit(),
                        v.suppressed() ? "sí" : "no"));
              }
            }
          }
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + i.code() + ".csv\"")
        .cacheControl(cache())
        .build();
  }

  /** The whole indicator as JSON (the same rows as the CSV). */
  @GET
  @Path("{codigo}.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Un indicador completo en JSON (todas sus dimensiones, últimos 36 meses)")
  public Response json(@PathParam("codigo") String code) {
    KpiIndicator i = facade.indicator(code);
    YearMonth[] range = lastMonths();
    JsonArrayBuilder a = JSON.createArrayBuilder();
    if (range != null) {
      for (String dim : i.dimensions()) {
        for (KpiValue v : facade.table(code, dim, range[0], range[1])) {
          JsonObjectBuilder o =
              JSON.createObjectBuilder()
                  .add("mes", YearMonth.from(v.period()).toString())
                  .add("dimension", dim)
                  .add("clave", v.key())
                  .add("etiqueta", labels.key(i.module(), dim, v.key()));
          if (v.suppressed()) {
            o.addNull("valor").add("suprimido", true);
          } else {
            o.add("valor", v.value()).add("suprimido", false);
          }
          a.add(o);
        }
      }
    }
    return Response.ok(
            JSON.createObjectBuilder()
                .add("indicador", definition(i))
                .add("umbral", facade.threshold())
                .add("valores", a)
                .build()
                .toString(),
            MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "inline; filename=\"" + i.code() + ".json\"")
        .cacheControl(cache())
        .build();
  }

  @GET
  @Path("catalogo.jsonld")
  @Produces("application/ld+json")
  @Operation(
      summary =
          "Catálogo DCAT-AP: un conjunto de datos por indicador, una distribución por formato")
  public Response catalogue() {
    return cached(catalog.build(base()).toString(), "application/ld+json");
  }

  private String base() {
    String b = uri.getBaseUri().toString(); // …/ciudad/api/
    return b.endsWith("/api/") ? b.substring(0, b.length() - "api/".length()) : b;
  }

  private JsonObject definition(KpiIndicator i) {
    JsonArrayBuilder dims = JSON.createArrayBuilder();
    i.dimensions().forEach(dims::add);
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("codigo", i.code())
            .add("nombre", i.name())
            .add("modulo", i.module())
            .add("unidad", i.unit())
            .add("definicion", i.definition())
            .add("responsable", i.owner())
            .add("dimensiones", dims)
            .add("periodicidad", "mensual (calculado cada noche)");
    if (i.target() != null) {
      o.add("meta", i.target()).add("mayorEsMejor", i.higherIsBetter());
    }
    return o.build();
  }

  private YearMonth[] lastMonths() {
    YearMonth[] span = facade.months();
    if (span == null) {
      return null;
    }
    YearMonth first = span[1].minusMonths(KpiPublicFacade.MAX_MONTHS - 1L);
    return new YearMonth[] {first.isBefore(span[0]) ? span[0] : first, span[1]};
  }

  private YearMonth[] range(String from, String to) {
    YearMonth[] span = facade.months();
    YearMonth now = YearMonth.now(mx.gob.veracruz.common.CityClock.ZONE);
    YearMonth t = month(to, "hasta", span == null ? now : span[1]);
    YearMonth f = month(from, "desde", t.minusMonths(11));
    return new YearMonth[] {f, t};
  }

  private static YearMonth month(String v, String name, YearMonth otherwise) {
    if (v == null || v.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("'" + name + "' debe tener el formato AAAA-MM");
    }
  }

  private static CacheControl cache() {
    CacheControl c = new CacheControl();
    c.setMaxAge(600);
    return c;
  }

  private static Response cached(String body, String type) {
    return Response.ok(body, type).cacheControl(cache()).build();
  }
}
