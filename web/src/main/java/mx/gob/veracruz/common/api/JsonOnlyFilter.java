package mx.gob.veracruz.common.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import mx.gob.veracruz.common.CallContext;

/**
 * The API takes JSON only: a POST, PUT, PATCH or DELETE whose Content-Type is anything else (an
 * HTML form, text/plain, multipart) is refused with 415 before any resource runs, so no page on
 * another site can drive the API with a plain form.
 */
@Provider
public class JsonOnlyFilter implements ContainerRequestFilter {
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!CHANGING.contains(request.getMethod())
        || request.getUriInfo().getPath().startsWith("open311/")) {
      return; // Open311 GeoReport v2 posts HTML forms, as its specification says
    }
    MediaType type = request.getMediaType();
    boolean json =
        type != null
            && type.getType().equals("application")
            && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    if (type == null ? request.hasEntity() : !json) {
      Problem p =
          new Problem(
              Problem.TYPE_BASE + "formato-no-admitido",
              "Formato no admitido",
              415,
              "Esta API recibe solo application/json",
              request.getUriInfo().getRequestUri().getPath(),
              CallContext.correlationId(),
              List.of());
      request.abortWith(Response.status(415).type(Problem.MEDIA_TYPE).entity(p).build());
    }
  }
}
