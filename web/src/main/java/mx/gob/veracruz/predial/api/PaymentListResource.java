package mx.gob.veracruz.predial.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.api.ApiDates;
import mx.gob.veracruz.predial.PaymentQuery;
import mx.gob.veracruz.predial.PaymentRow;
import mx.gob.veracruz.predial.PredialPaymentFacade;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Staff API of the payments list (the console's {@code /consola/predial/pagos.xhtml}): the payments
 * of a range of city days, filtered and paged in the database, with the filter's count and total.
 * Console session; roles and the audit of the read are the facade's.
 */
@Path("v1/predial/pagos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentListResource {
  @Inject private PredialPaymentFacade payments;

  /** A page of the list with the whole filter's count and amount. */
  public record PaymentPage(List<PaymentRow> items, long total, BigDecimal amount) {}

  @GET
  @Operation(
      summary =
          "Pagos de un periodo de días (aaaa-mm-dd), por canal, banco o folio, paginados en la"
              + " base de datos, con el número y el importe de todo el filtro")
  public PaymentPage list(
      @QueryParam("desde") String from,
      @QueryParam("hasta") String to,
      @QueryParam("canal") String channel,
      @QueryParam("banco") String bank,
      @QueryParam("folio") String folio,
      @QueryParam("aplicados") @DefaultValue("true") boolean appliedOnly,
      @QueryParam("primero") @DefaultValue("0") int first,
      @QueryParam("tamano") @DefaultValue("50") int size) {
    PaymentQuery q =
        new PaymentQuery(
            ApiDates.optional(from, "desde"),
            ApiDates.optional(to, "hasta"),
            blank(channel),
            blank(bank),
            blank(folio),
            appliedOnly);
    PageRequest page =
        new PageRequest(Math.max(0, first), Math.min(Math.max(1, size), 500), null, true);
    return new PaymentPage(
        payments.payments(q, page), payments.countPayments(q), payments.totalPayments(q));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
