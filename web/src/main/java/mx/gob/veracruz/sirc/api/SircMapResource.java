package mx.gob.veracruz.sirc.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.sirc.MapMarker;
import mx.gob.veracruz.sirc.SircPublicFacade;

/**
 * The public map's data: the colonias as GeoJSON (the base layer where no tile server is reachable)
 * and the markers of recent reports (what, where and in which state; never who).
 */
@Path("v1/sirc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SircMapResource {
  /**
   * One builder factory: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on
   * every call (a ServiceLoader scan), which cost most of the map's 5,000 markers.
   */
  private static final jakarta.json.JsonBuilderFactory JSON =
      jakarta.json.Json.createBuilderFactory(java.util.Map.of());

  @Inject private SircPublicFacade sirc;
  @Inject private GeographyFacade geography;

  @GET
  @Path("colonias")
  public Response colonias() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    return Response.ok(geography.coloniasGeoJson()).cacheControl(cache).build();
  }

  /**
   * "¿Ya lo reportó alguien?": open reports of a service within 150 m of a point (the duplicate
   * check the portal makes before filing; the app asks the same before offering "a mí también").
   */
  @GET
  @Path("cercanos")
  public Response nearby(
      @QueryParam("servicio") String service,
      @QueryParam("lat") java.math.BigDecimal lat,
      @QueryParam("lon") java.math.BigDecimal lon) {
    if (service == null || lat == null || lon == null) {
      throw new jakarta.ws.rs.BadRequestException("Indique servicio, lat y lon");
    }
    JsonArrayBuilder out = JSON.createArrayBuilder();
    for (mx.gob.veracruz.sirc.PublicReport r : sirc.nearby(service, lat, lon)) {
      out.add(
          JSON.createObjectBuilder()
              .add("folio", r.folio())
              .add("status", r.status().name())
              .add("service", r.serviceName())
              .add("requested", r.requestedAt().toString())
              .add("supporters", r.supporters())
              .add("lat", r.lat())
              .add("lon", r.lon()));
    }
    return Response.ok(out.build().toString()).build();
  }

  @GET
  @Path("mapa")
  public Response markers(
      @QueryParam("servicio") String service,
      @QueryParam("estado") String status,
      @QueryParam("colonia") Long colonia) {
    ResourceBundle labels =
        ResourceBundle.getBundle("mx.gob.veracruz.web.messages", Locale.forLanguageTag("es-MX"));
    JsonArrayBuilder out = JSON.createArrayBuilder();
    for (MapMarker m : sirc.markers(service, status, colonia)) {
      out.add(
          JSON.createObjectBuilder()
              .add("folio", m.folio())
              .add("link", m.folio())
              .add("service", m.serviceName())
              .add("serviceCode", m.serviceCode())
              .add("status", m.status().name())
              .add("statusLabel", labels.getString("sirc.estado." + m.status().name()))
              .add("lat", m.lat())
              .add("lon", m.lon()));
    }
    return Response.ok(out.build().toString()).build();
  }
}
