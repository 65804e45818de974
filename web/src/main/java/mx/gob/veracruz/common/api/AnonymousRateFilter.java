package mx.gob.veracruz.common.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import mx.gob.veracruz.common.CallContext;
import mx.gob.veracruz.common.RateLimiter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every anonymous API call counts against its client address ({@code ciudad.api.limite-anonimo}
 * requests per minute, 1,200 by default): past it, 429 with {@code Retry-After}. Token calls count
 * against their token in the authentication mechanism; console sessions (the console's own ajax)
 * are not limited. The counts are rows in the database, so a cluster's instances share them; the
 * address is the one {@code ciudad.trusted-proxies} lets through.
 */
@Provider
public class AnonymousRateFilter implements ContainerRequestFilter {
  @Inject private RateLimiter rates;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    int limit =
        ConfigProvider.getConfig(getClass().getClassLoader())
            .getOptionalValue("ciudad.api.limite-anonimo", Integer.class)
            .orElse(1200);
    long wait = rates.hit("api-ip:" + CallContext.clientAddress(), limit);
    if (wait > 0) {
      Problem p =
          new Problem(
              Problem.TYPE_BASE + "demasiadas-solicitudes",
              "Demasiadas solicitudes",
              429,
              "Esta dirección superó "
                  + limit
                  + " solicitudes por minuto; reintente en "
                  + wait
                  + " s",
              request.getUriInfo().getRequestUri().getPath(),
              CallContext.correlationId(),
              List.of());
      request.abortWith(
          Response.status(429)
              .header("Retry-After", wait)
              .type(Problem.MEDIA_TYPE)
              .entity(p)
              .build());
    }
  }
}
