package mx.gob.veracruz.predial.api;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.api.Problem;
import mx.gob.veracruz.predial.GatewayEventsFacade;
import mx.gob.veracruz.predial.WebhookResult;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The payment gateway's signed callbacks. The raw bytes are verified (HMAC over the exact body),
 * the event is committed, and only then do we answer 200; applying it happens after, in its own
 * transaction, and a failure there is retried by the scheduler, never lost.
 */
@Path("v1/predial/pasarela/eventos")
@RequestScoped
public class GatewayWebhookResource {
  private static final Logger LOG = Logger.getLogger(GatewayWebhookResource.class.getName());

  @Inject private GatewayEventsFacade events;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Aviso firmado de la pasarela (HMAC-SHA256, tolerancia de 5 minutos)")
  public Response receive(byte[] body, @HeaderParam("Gateway-Signature") String signature) {
    WebhookResult stored = store(body, signature);
    if ("RECHAZADO".equals(stored.status())) {
      Problem p =
          new Problem(
              Problem.TYPE_BASE + "aviso-rechazado",
              "Aviso rechazado",
              400,
              stored.result(),
              "/api/v1/predial/pasarela/eventos",
              null,
              List.of());
      return Response.status(400).type(Problem.MEDIA_TYPE).entity(p).build();
    }
    if ("RECIBIDO".equals(stored.status())) {
      try {
        return Response.ok(events.apply(stored.eventId())).build();
      } catch (EJBException e) {
        LOG.log(
            Level.WARNING,
            "Aviso " + stored.eventId() + " guardado; se aplicará en el reintento",
            e);
      }
    }
    return Response.ok(stored).build();
  }

  /**
   * Two deliveries of one event at once: the loser's insert hits the unique index; then it is a
   * duplicate.
   */
  private WebhookResult store(byte[] body, String signature) {
    try {
      return events.store(body, signature);
    } catch (EJBException raceLost) {
      return events.store(body, signature);
    }
  }
}
