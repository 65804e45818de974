package mx.gob.veracruz.ciudadano.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import mx.gob.veracruz.ciudadano.CitizenCommand;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.CitizenQuery;
import mx.gob.veracruz.ciudadano.CitizenSummary;
import mx.gob.veracruz.ciudadano.CiudadanoFacade;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff API of the citizen registry (session authentication; roles enforced by the facade). */
@Path("v1/ciudadanos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CitizenResource {
  @Inject private CiudadanoFacade facade;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Busca ciudadanos por CURP o nombre, paginado en la base de datos")
  public Page<CitizenSummary> search(
      @QueryParam("curp") String curp,
      @QueryParam("nombre") String nombre,
      @QueryParam("colonia") Long colonia,
      @QueryParam("desde") @DefaultValue("0") int first,
      @QueryParam("tamano") @DefaultValue("20") int size) {
    return facade.search(
        new CitizenQuery(curp, nombre, colonia), new PageRequest(first, size, null, true));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Un ciudadano (lectura auditada)")
  public CitizenDetail find(@PathParam("id") long id) {
    return facade.find(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registra un ciudadano; 201 con Location, 422 con errores por campo")
  public Response register(CitizenCommand command) {
    if (command == null) {
      throw new BadRequestException(
          "El cuerpo de la solicitud debe ser un JSON con los datos del ciudadano");
    }
    CitizenDetail created = facade.register(command);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }
}
