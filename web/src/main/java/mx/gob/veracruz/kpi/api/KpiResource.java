package mx.gob.veracruz.kpi.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.kpi.KpiFacade;
import mx.gob.veracruz.kpi.KpiFact;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The indicators: their definitions (public) and the daily facts the nightly job stored (staff: the
 * public observatory will publish them with small counts suppressed).
 */
@Path("v1/kpi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {
  @Inject private KpiFacade kpi;

  @GET
  @Path("indicadores")
  @Operation(
      summary = "Definición de cada indicador: qué cuenta, de qué datos, responsable, dimensiones")
  public List<KpiIndicator> indicators() {
    return kpi.indicators();
  }

  @GET
  @Path("hechos")
  @Operation(summary = "Valores diarios de un indicador por dimensión (personal)")
  public List<KpiFact> facts(
      @QueryParam("indicador") String indicator,
      @QueryParam("dimension") String dimension,
      @QueryParam("desde") String from,
      @QueryParam("hasta") String to) {
    return kpi.facts(indicator, dimension, date(from, "desde"), date(to, "hasta"));
  }

  private static LocalDate date(String v, String name) {
    if (v == null) {
      throw new BadRequestException("Indique '" + name + "' (AAAA-MM-DD)");
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("'" + name + "' debe tener el formato AAAA-MM-DD");
    }
  }
}
