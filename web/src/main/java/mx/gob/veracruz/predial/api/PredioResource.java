package mx.gob.veracruz.predial.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.api.ApiDates;
import mx.gob.veracruz.predial.PaymentView;
import mx.gob.veracruz.predial.PredialFacade;
import mx.gob.veracruz.predial.PredioDetail;
import mx.gob.veracruz.predial.PredioQuery;
import mx.gob.veracruz.predial.PredioSummary;
import mx.gob.veracruz.predial.Statement;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff API of the cadastre (console session; roles enforced by the facade). */
@Path("v1/predial/predios")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PredioResource {
  @Inject private PredialFacade predial;

  @GET
  @Operation(
      summary =
          "Busca predios por prefijo de clave, propietario o colonia, paginado en la base de datos")
  public Page<PredioSummary> search(
      @QueryParam("clave") String clave,
      @QueryParam("propietario") String owner,
      @QueryParam("colonia") Long colonia,
      @QueryParam("desde") @DefaultValue("0") int first,
      @QueryParam("tamano") @DefaultValue("20") int size) {
    PredioQuery q = new PredioQuery(clave, owner, colonia);
    PageRequest page =
        new PageRequest(Math.max(0, first), Math.min(Math.max(1, size), 200), null, true);
    return new Page<>(predial.list(q, page), predial.count(q));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "Un predio con propietarios, valuación por ejercicio y descuentos (lectura auditada)")
  public PredioDetail find(@PathParam("id") long id) {
    return predial.find(id);
  }

  @GET
  @Path("{id}/estado-cuenta")
  @Operation(summary = "Estado de cuenta a una fecha (aaaa-mm-dd; hoy si se omite)")
  public Statement statement(@PathParam("id") long id, @QueryParam("fecha") String date) {
    return predial.statement(id, ApiDates.optional(date, "fecha"));
  }

  @GET
  @Path("{id}/pagos")
  @Operation(summary = "Pagos y recibos del predio")
  public List<PaymentView> payments(@PathParam("id") long id) {
    return predial.payments(id);
  }
}
