package mx.gob.veracruz.predial.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.ReconciliationAlert;
import mx.gob.veracruz.predial.ReconciliationFacade;
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
    return reconciliation.byDate(date(date));
  }

  @GET
  @Path("alertas")
  @Operation(summary = "Pagos señalados por las conciliaciones de una fecha (p. ej. aplicados por aviso de la"
      + " pasarela y ausentes de su reporte)")
  public List<ReconciliationAlert> alerts(@QueryParam("fecha") String date) {
    return reconciliation.alerts(date(date));
  }

  private static LocalDate date(String date) {
    try {
      return LocalDate.parse(date == null ? "" : date);
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("fecha-invalida", "fecha", "La fecha debe tener el formato aaaa-mm-dd");
    }
  }
}
