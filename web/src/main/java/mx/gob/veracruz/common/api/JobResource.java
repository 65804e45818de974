package mx.gob.veracruz.common.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Batch jobs for operators and scripts: start, follow, restart, stop (roles enforced by
 * JobControl).
 */
@Path("v1/trabajos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
  @Inject private JobControl jobs;
  @Context private UriInfo uri;

  @POST
  @Path("{job}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Inicia un trabajo con sus parámetros (cadenas); 201 con la ejecución")
  public Response start(@PathParam("job") String job, Map<String, String> parameters) {
    long id = jobs.start(job, parameters == null ? Map.of() : parameters);
    return Response.created(uri.getBaseUriBuilder().path("v1/trabajos/ejecuciones/" + id).build())
        .entity(jobs.execution(id))
        .build();
  }

  @GET
  @Path("ejecuciones/{id}")
  @Operation(summary = "Estado de una ejecución")
  public JobExecutionSummary execution(@PathParam("id") long id) {
    return jobs.execution(id);
  }

  @POST
  @Path("ejecuciones/{id}/reinicio")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reinicia una ejecución fallida o detenida desde su último checkpoint")
  public Response restart(@PathParam("id") long id, Map<String, String> parameters) {
    long next = jobs.restart(id, parameters == null ? Map.of() : parameters);
    return Response.created(uri.getBaseUriBuilder().path("v1/trabajos/ejecuciones/" + next).build())
        .entity(jobs.execution(next))
        .build();
  }

  @POST
  @Path("ejecuciones/{id}/detencion")
  @Operation(summary = "Pide detener una ejecución en curso")
  public Response stop(@PathParam("id") long id) {
    jobs.stop(id);
    return Response.accepted().build();
  }

  @GET
  @Path("{job}/ejecuciones")
  @Operation(summary = "Ejecuciones recientes de un trabajo")
  public List<JobExecutionSummary> recent(
      @PathParam("job") String job, @QueryParam("max") @DefaultValue("20") int max) {
    return jobs.recent(job, Math.min(max, 100));
  }
}
