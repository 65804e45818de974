package mx.gob.veracruz.common.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A trivial resource: the baseline the API benchmarks compare against (same server, same filters).
 */
@Path("v1/ping")
@RequestScoped
public class PingResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Responde {\"status\":\"ok\"} sin tocar la base de datos")
  public Map<String, String> ping() {
    return Map.of("status", "ok");
  }
}
