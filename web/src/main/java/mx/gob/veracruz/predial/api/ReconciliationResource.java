package mx.gob.veracruz.predial.api;

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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.api.ApiDates;
import mx.gob.veracruz.predial.MatchSuggestion;
import mx.gob.veracruz.predial.ReconciliationAlert;
import mx.gob.veracruz.predial.ReconciliationFacade;
import mx.gob.veracruz.predial.ReconciliationLine;
import mx.gob.veracruz.predial.ReconciliationSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Results of the nightly reconciliation per file (finance roles; enforced by the facade). */
@Path("v1/predial/conciliaciones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {
  @Inject private ReconciliationFacade reconciliation;

  @GET
  @Operation(summary = "Archivos conciliados en una fecha con sus líneas e importes por resultado")
  public List<ReconciliationSummary> byDate(@QueryParam("fecha") String date) {
    return reconciliation.byDate(ApiDates.required(date, "fecha"));
  }

  @GET
  @Path("alertas")
  @Operation(
      summary =
          "Pagos señalados por las conciliaciones de una fecha (p. ej. aplicados por aviso de la"
              + " pasarela y ausentes de su reporte)")
  public List<ReconciliationAlert> alerts(@QueryParam("fecha") String date) {
    return reconciliation.alerts(ApiDates.required(date, "fecha"));
  }

  @GET
  @Path("lineas")
  @Operation(
      summary =
          "Líneas conciliadas de una fecha (de un archivo, de un resultado, o sólo las excepciones"
              + " pendientes), paginadas en la base de datos")
  public Page<ReconciliationLine> lines(
      @QueryParam("fecha") String date,
      @QueryParam("archivo") Long archivoId,
      @QueryParam("resultado") String outcome,
      @QueryParam("pendientes") @DefaultValue("false") boolean open,
      @QueryParam("desde") @DefaultValue("0") int first,
      @QueryParam("tamano") @DefaultValue("50") int size) {
    LocalDate d = ApiDates.required(date, "fecha");
    int from = Math.max(0, first);
    int n = Math.min(Math.max(1, size), 500);
    return open
        ? new Page<>(
            reconciliation.openExceptions(d, from, n), reconciliation.countOpenExceptions(d))
        : new Page<>(
            reconciliation.lines(d, archivoId, outcome, from, n),
            reconciliation.countLines(d, archivoId, outcome));
  }

  @GET
  @Path("lineas/{id}/sugerencias")
  @Operation(
      summary =
          "Boletas que una línea no aplicada pudo querer pagar (su propia referencia, mismo importe"
              + " cerca de la fecha, referencia a uno o dos dígitos), la mejor primero; a lo más cinco")
  public List<MatchSuggestion> suggestions(@PathParam("id") long lineId) {
    return reconciliation.suggestions(lineId);
  }

  /**
   * A resolution asked for an exception line: APLICAR (to {@code predioId}), DEVOLVER, DESCARTAR.
   */
  public record ResolutionRequest(String accion, Long predioId, String nota) {}

  /** A supervisor's decision on a requested resolution. */
  public record ResolutionDecision(Boolean aprobar) {}

  @POST
  @Path("lineas/{id}/resolucion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Solicita la resolución de una excepción (APLICAR a un predio, DEVOLVER o DESCARTAR) con"
              + " su motivo; la aprueba otro usuario, supervisor (regla de dos personas)")
  public ReconciliationLine requestResolution(
      @PathParam("id") long lineId, ResolutionRequest body) {
    if (body == null) {
      throw new BusinessRuleException(
          "cuerpo-requerido", "accion", "Indique la acción y el motivo");
    }
    return reconciliation.requestResolution(lineId, body.accion(), body.predioId(), body.nota());
  }

  @POST
  @Path("lineas/{id}/aprobacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Aprueba o rechaza la resolución solicitada de una excepción (SUPERVISOR, distinto de"
              + " quien la solicitó)")
  public ReconciliationLine decide(@PathParam("id") long lineId, ResolutionDecision body) {
    if (body == null || body.aprobar() == null) {
      throw new BusinessRuleException(
          "decision-requerida", "aprobar", "Indique si aprueba (true) o rechaza (false)");
    }
    return reconciliation.approveResolution(lineId, body.aprobar());
  }
}
