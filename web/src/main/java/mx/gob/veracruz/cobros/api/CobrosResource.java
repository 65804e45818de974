package mx.gob.veracruz.cobros.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.gob.veracruz.cobros.ChargeState;
import mx.gob.veracruz.cobros.CobroVerificationFacade;
import mx.gob.veracruz.cobros.ReceiptCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public checks of the payments domain: a card charge's state by its id (the return page and the
 * app poll it) and a receipt by folio and code. No personal data in either.
 */
@Path("v1/cobros")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cobros", description = "Estado de un pago en línea y verificación de recibos")
public class CobrosResource {
  @Inject private CobroVerificationFacade facade;

  @GET
  @Path("cargos/{cargo}")
  @Operation(summary = "El estado de un pago con tarjeta por el id del cargo de la pasarela")
  public Response charge(@PathParam("cargo") String charge) {
    ChargeState s = facade.chargeState(charge);
    if (!s.found()) {
      return Response.status(404)
          .type("application/problem+json")
          .entity(
              "{\"type\":\"about:blank\",\"title\":\"No existe ese pago en línea\",\"status\":404}")
          .build();
    }
    return Response.ok(s).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("recibos/{folio}/{codigo}")
  @Operation(summary = "Verifica un recibo por su folio y código de verificación")
  public ReceiptCheck receipt(@PathParam("folio") String folio, @PathParam("codigo") String code) {
    return facade.verify(folio, code);
  }
}
