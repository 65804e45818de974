package mx.gob.veracruz.common.api;

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
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.DueDateResult;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public: legal due dates in business days, with the explanation of every skipped day. */
@Path("v1/calendario")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
  @Inject private CalendarFacade calendar;

  @GET
  @Path("vencimiento")
  @Operation(summary = "Fecha de vencimiento de un plazo en días hábiles, con explicación")
  public DueDateResult dueDate(
      @QueryParam("inicio") String start, @QueryParam("dias") Integer days) {
    if (start == null || days == null) {
      throw new BadRequestException("Indique los parámetros 'inicio' (AAAA-MM-DD) y 'dias'");
    }
    try {
      return calendar.dueDate(LocalDate.parse(start), days);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("La fecha 'inicio' debe tener el formato AAAA-MM-DD");
    }
  }
}
