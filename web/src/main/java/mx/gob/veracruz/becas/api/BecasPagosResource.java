package mx.gob.veracruz.becas.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.gob.veracruz.becas.BecasPagosFacade;
import mx.gob.veracruz.becas.DispersionView;
import mx.gob.veracruz.becas.DocumentFile;
import mx.gob.veracruz.common.BusinessRuleException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The finance office's side of scholarship payments for its tools: prepare a dispersion (then start
 * the job {@code becas-dispersion} with its folio at {@code /api/v1/trabajos}), follow it and take
 * its bank file. FINANZAS and ADMIN; SUPERVISOR and AUDITOR read.
 */
@Path("v1/becas/dispersiones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Becas: pagos", description = "Dispersiones de pagos de becas (personal de finanzas)")
@SecurityRequirement(name = "bearer")
public class BecasPagosResource {
  public record Preparacion(String convocatoria, Integer pago) {}

  @Inject private BecasPagosFacade facade;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Prepara la dispersión de un pago de una convocatoria dictaminada")
  public Response prepare(Preparacion p) {
    if (p == null || p.convocatoria() == null) {
      throw new BusinessRuleException(
          "falta-convocatoria", "convocatoria", "Indique la clave de la convocatoria");
    }
    return Response.status(201).entity(facade.prepare(p.convocatoria(), p.pago())).build();
  }

  @GET
  @Path("{folio}")
  @Operation(summary = "Una dispersión: órdenes, total, abonadas, rechazadas y sin respuesta")
  public DispersionView one(@PathParam("folio") String folio) {
    return facade.dispersion(folio);
  }

  @GET
  @Path("{folio}/archivo")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "El archivo de dispersión para el banco (layout v1)")
  public Response file(@PathParam("folio") String folio) {
    DocumentFile f = facade.file(folio);
    return Response.ok(f.content(), "text/plain;charset=US-ASCII")
        .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"")
        .build();
  }
}
