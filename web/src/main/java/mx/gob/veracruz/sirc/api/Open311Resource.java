package mx.gob.veracruz.sirc.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.sirc.FiledReport;
import mx.gob.veracruz.sirc.PublicReport;
import mx.gob.veracruz.sirc.QuestionView;
import mx.gob.veracruz.sirc.ReportCommand;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SircPublicFacade;
import mx.gob.veracruz.sirc.api.Open311Format.Arr;
import mx.gob.veracruz.sirc.api.Open311Format.Obj;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): every endpoint in JSON and XML by
 * extension; errors as a list of {@code code}/{@code description} with the HTTP status.
 */
@Path("open311/v2")
public class Open311Resource {
  static final String JURISDICTION = "veracruz.gob.mx";
  private static final Logger LOG = Logger.getLogger(Open311Resource.class.getName());
  private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  @Inject private SircPublicFacade sirc;
  @Inject private mx.gob.veracruz.common.GeographyFacade geography;
  @Context private UriInfo uri;

  @GET
  @Path("discovery.{format}")
  public Response discovery(@PathParam("format") String format) {
    return answer(
        format,
        () -> {
          // The public address: /open311/v2 (forwarded here, under /api, by Open311Forward).
          String base = uri.getBaseUri().toString().replaceFirst("api/?$", "") + "open311/v2";
          Obj endpoint =
              new Obj("endpoint")
                  .put("specification", "http://wiki.open311.org/GeoReport_v2")
                  .put("url", base)
                  .put("changeset", "2026-12-02T00:00:00-06:00")
                  .put("type", "production")
                  .put(
                      "formats",
                      new Arr("formats", "format", List.of("text/xml", "application/json")));
          return new Obj("discovery")
              .put("changeset", "2026-12-02T00:00:00-06:00")
              .put("contact", "Dirección de Gobierno Digital, H. Ayuntamiento de Veracruz")
              .put("key_service", "Solicite su api_key a la Dirección de Gobierno Digital")
              .put("endpoints", new Arr("endpoints", "endpoint", List.of(endpoint)));
        });
  }

  @GET
  @Path("services.{format}")
  public Response services(
      @PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        format,
        () -> {
          jurisdiction(jurisdiction);
          return new Arr(
              "services",
              "service",
              sirc.services().stream().map(Open311Resource::service).toList());
        });
  }

  @GET
  @Path("services/{code}.{format}")
  public Response definition(
      @PathParam("code") String code,
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        format,
        () -> {
          jurisdiction(jurisdiction);
          ServiceView s = notFoundIfUnknown(() -> sirc.service(code));
          List<Obj> attributes = new ArrayList<>();
          for (QuestionView q : s.questions()) {
            Obj a =
                new Obj("attribute")
                    .put("variable", true)
                    .put("code", q.code())
                    .put("datatype", q.datatype().open311())
                    .put("required", q.required())
                    .put("datatype_description", q.datatypeDescription())
                    .put("order", q.order())
                    .put("description", q.description());
            if (q.datatype().isList()) {
              a.put(
                  "values",
                  new Arr(
                      "values",
                      "value",
                      q.values().stream()
                          .map(v -> new Obj("value").put("key", v.key()).put("name", v.name()))
                          .toList()));
            }
            attributes.add(a);
          }
          return new Obj("service_definition")
              .put("service_code", s.code())
              .put("attributes", new Arr("attributes", "attribute", attributes));
        });
  }

  @POST
  @Path("requests.{format}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
    return answer(
        format,
        () -> {
          String key = form.getFirst("api_key");
          int wait = key == null ? -1 : sirc.admitKey(key);
          if (wait < 0) {
            throw new Open311Error(403, "Falta el api_key o no es válido");
          }
          if (wait > 0) {
            throw new Open311Error(
                429,
                "Esta clave superó su límite de solicitudes por minuto; reintente en "
                    + wait
                    + " s",
                wait);
          }
          jurisdiction(form.getFirst("jurisdiction_id"));
          String code = form.getFirst("service_code");
          if (code == null || code.isBlank()) {
            throw new Open311Error(400, "Falta service_code");
          }
          BigDecimal lat = decimal(form.getFirst("lat"), "lat");
          BigDecimal lon = decimal(form.getFirst("long"), "long");
          String addressString = form.getFirst("address_string");
          if ((lat == null || lon == null) && addressString != null && !addressString.isBlank()) {
            // no street-level geocoder here: the colonia named in the address, a point inside it
            mx.gob.veracruz.common.ColoniaPlace place =
                geography
                    .findInAddress(addressString)
                    .orElseThrow(
                        () ->
                            new Open311Error(
                                400,
                                "No encontramos una colonia del municipio en address_string:"
                                    + " incluya el nombre de la colonia o su código postal, o envíe"
                                    + " lat y long"));
            lat = BigDecimal.valueOf(place.lat());
            lon = BigDecimal.valueOf(place.lon());
          }
          if (lat == null || lon == null) {
            throw new Open311Error(
                400,
                form.getFirst("address_id") != null
                    ? "Este servidor no publica identificadores de dirección: envíe lat y long o"
                        + " address_string"
                    : "Falta la ubicación: lat y long, o address_string");
          }
          Map<String, List<String>> answers = new LinkedHashMap<>();
          form.forEach(
              (name, values) -> {
                if (name.startsWith("attribute[")) {
                  String attr = name.substring("attribute[".length());
                  attr = attr.endsWith("[]") ? attr.substring(0, attr.length() - 2) : attr;
                  attr = attr.endsWith("]") ? attr.substring(0, attr.length() - 1) : attr;
                  answers.computeIfAbsent(attr, k -> new ArrayList<>()).addAll(values);
                }
              });
          FiledReport filed =
              sirc.fileWithKey(
                  key,
                  new ReportCommand(
                      code,
                      lat,
                      lon,
                      form.getFirst("address_string"),
                      form.getFirst("description"),
                      answers,
                      null,
                      null,
                      form.getFirst("email"),
                      form.getFirst("phone"),
                      form.getFirst("first_name"),
                      form.getFirst("last_name"),
                      form.getFirst("device_id"),
                      form.getFirst("media_url"),
                      List.of()));
          Obj request =
              new Obj("request")
                  .put("service_request_id", filed.folio())
                  .put("token", filed.token())
                  .put(
                      "service_notice",
                      "Atiende: "
                          + filed.dependencia()
                          + ". Fecha estimada: "
                          + w3c(filed.expectedAt()))
                  .put("account_id", null);
          return new Arr("service_requests", "request", List.of(request));
        },
        201);
  }

  @GET
  @Path("requests.{format}")
  public Response list(
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdiction,
      @QueryParam("service_request_id") String ids,
      @QueryParam("service_code") String serviceCode,
      @QueryParam("start_date") String start,
      @QueryParam("end_date") String end,
      @QueryParam("status") String status) {
    return answer(
        format,
        () -> {
          jurisdiction(jurisdiction);
          List<String> folios =
              ids == null || ids.isBlank()
                  ? List.of()
                  : Arrays.stream(ids.split(","))
                      .map(String::trim)
                      .filter(s -> !s.isEmpty())
                      .toList();
          Boolean open = null;
          if (status != null && !status.isBlank()) {
            List<String> st = Arrays.stream(status.split(",")).map(String::trim).toList();
            for (String s : st) {
              if (!s.equals("open") && !s.equals("closed")) {
                throw new Open311Error(400, "status debe ser open o closed");
              }
            }
            open = st.contains("open") && st.contains("closed") ? null : st.contains("open");
          }
          List<PublicReport> found =
              sirc.requests(
                  folios,
                  serviceCode,
                  open,
                  instant(start, "start_date"),
                  instant(end, "end_date"));
          return new Arr(
              "service_requests", "request", found.stream().map(Open311Resource::request).toList());
        });
  }

  @GET
  @Path("requests/{id}.{format}")
  public Response one(
      @PathParam("id") String id,
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        format,
        () -> {
          jurisdiction(jurisdiction);
          PublicReport r = notFoundIfUnknown(() -> sirc.byFolio(id));
          return new Arr("service_requests", "request", List.of(request(r)));
        });
  }

  @GET
  @Path("tokens/{token}.{format}")
  public Response token(
      @PathParam("token") String token,
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        format,
        () -> {
          jurisdiction(jurisdiction);
          String folio = notFoundIfUnknown(() -> sirc.folioOfToken(token));
          return new Arr(
              "service_requests",
              "request",
              List.of(new Obj("request").put("service_request_id", folio).put("token", token)));
        });
  }

  static Obj service(ServiceView s) {
    return new Obj("service")
        .put("service_code", s.code())
        .put("service_name", s.name())
        .put("description", s.description())
        .put("metadata", s.hasQuestions())
        .put("type", "realtime")
        .put("keywords", s.keywords())
        .put("group", s.theme());
  }

  static Obj request(PublicReport r) {
    return new Obj("request")
        .put("service_request_id", r.folio())
        .put("status", r.status().open311())
        .put("status_notes", r.statusNotes())
        .put("service_name", r.serviceName())
        .put("service_code", r.serviceCode())
        .put("description", r.description())
        .put("agency_responsible", r.agencyResponsible())
        .put("service_notice", null)
        .put("requested_datetime", w3c(r.requestedAt()))
        .put("updated_datetime", w3c(r.updatedAt()))
        .put("expected_datetime", w3c(r.expectedAt()))
        .put("address", r.address())
        .put("address_id", null)
        .put("zipcode", r.zipcode())
        .put("lat", r.lat())
        .put("long", r.lon())
        .put("media_url", r.mediaUrl());
  }

  static String w3c(Instant t) {
    return t == null ? null : W3C.format(t.atZone(CityClock.ZONE).toOffsetDateTime().withNano(0));
  }

  private static void jurisdiction(String j) {
    if (j != null && !j.isBlank() && !j.trim().equalsIgnoreCase(JURISDICTION)) {
      throw new Open311Error(
          404, "jurisdiction_id desconocido: este servidor atiende " + JURISDICTION);
    }
  }

  private static BigDecimal decimal(String v, String name) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.trim());
    } catch (NumberFormatException e) {
      throw new Open311Error(400, name + " no es un número");
    }
  }

  private static Instant instant(String v, String name) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new Open311Error(
          400, name + " debe ir en formato W3C, p. ej. 2026-12-01T00:00:00-06:00");
    }
  }

  private static <T> T notFoundIfUnknown(Supplier<T> call) {
    try {
      return call.get();
    } catch (BusinessRuleException e) {
      if (e.getCode().equals("no-encontrado") || e.getCode().equals("servicio-desconocido")) {
        throw new Open311Error(404, e.getMessage());
      }
      throw e;
    }
  }

  /** An Open311 error: its HTTP status and description. */
  static final class Open311Error extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final int retryAfter;

    Open311Error(int status, String description) {
      this(status, description, 0);
    }

    Open311Error(int status, String description, int retryAfter) {
      super(description);
      this.status = status;
      this.retryAfter = retryAfter;
    }
  }

  private Response answer(String format, Supplier<Object> body) {
    return answer(format, body, 200);
  }

  private Response answer(String format, Supplier<Object> body, int okStatus) {
    boolean xml = "xml".equals(format);
    if (!xml && !"json".equals(format)) {
      return write(false, 404, errors(404, "Formato desconocido: use .json o .xml"));
    }
    try {
      return write(xml, okStatus, body.get());
    } catch (Open311Error e) {
      Response r = write(xml, e.status, errors(e.status, e.getMessage()));
      return e.retryAfter > 0
          ? Response.fromResponse(r).header("Retry-After", e.retryAfter).build()
          : r;
    } catch (BusinessRuleException e) {
      return write(xml, 400, errors(400, e.getMessage()));
    } catch (EJBException e) {
      if (e.getCause() instanceof BusinessRuleException b) {
        return write(xml, 400, errors(400, b.getMessage()));
      }
      LOG.log(Level.SEVERE, "Open311: error inesperado", e);
      return write(xml, 500, errors(500, "Error interno; intente más tarde"));
    }
  }

  private static Arr errors(int code, String description) {
    return new Arr(
        "errors",
        "error",
        List.of(new Obj("error").put("code", code).put("description", description)));
  }

  private static Response write(boolean xml, int status, Object node) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return (known != null ? Response.status(known) : Response.status(status))
        .type(xml ? "text/xml; charset=UTF-8" : "application/json; charset=UTF-8")
        .header("Cache-Control", "no-store")
        .entity(xml ? Open311Format.xml(node) : Open311Format.json(node))
        .build();
  }
}
