package mx.gob.veracruz.becas.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.veracruz.becas.BecasCatalogFacade;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.becas.RankedEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published scholarship calls, their rules and, once decided, their results (no personal data). */
@Path("v1/becas/convocatorias")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Becas", description = "Convocatorias de becas municipales y sus resultados")
public class BecasResource {
  @Inject private BecasCatalogFacade catalog;

  @GET
  @Operation(summary = "Convocatorias publicadas, la más reciente primero")
  public List<ConvocatoriaView> calls(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    return catalog.calls(
        offset == null ? 0 : Math.max(0, offset),
        limit == null ? 50 : Math.max(1, Math.min(200, limit)));
  }

  @GET
  @Path("{clave}")
  @Operation(
      summary = "Una convocatoria: fechas, apoyo, reglas de elegibilidad, documentos y criterios")
  public ConvocatoriaView call(@PathParam("clave") String code) {
    return catalog.call(code);
  }

  @GET
  @Path("{clave}/resultados")
  @Operation(summary = "La lista de prelación publicada: lugar, folio, puntaje y resultado")
  public List<RankedEntry> results(@PathParam("clave") String code) {
    return catalog.results(code);
  }
}
