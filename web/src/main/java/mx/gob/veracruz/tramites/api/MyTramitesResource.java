package mx.gob.veracruz.tramites.api;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.cobros.CobroView;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.tramites.CaseRow;
import mx.gob.veracruz.tramites.CaseView;
import mx.gob.veracruz.tramites.FilingCommand;
import mx.gob.veracruz.tramites.MyTramitesFacade;
import mx.gob.veracruz.tramites.Upload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The app's side of trámites for the signed-in citizen: file a procedure from the catalogue's form,
 * follow it, get the bank slip or a card checkout. Another account's folio is 404.
 */
@Path("v1/mi/solicitudes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mis trámites", description = "Solicitudes de trámites del ciudadano autenticado")
@SecurityRequirement(name = "bearer")
public class MyTramitesResource {
  /** A document: its requirement's code, its name and its bytes in base64. */
  public record Documento(String requisito, String nombre, String contenido) {}

  public record Solicitud(
      String tramite, Map<String, String> respuestas, List<Documento> documentos) {}

  public record FichaRequest(String banco) {}

  public record Checkout(String checkoutUrl) {}

  @Inject private MyTramitesFacade facade;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Presenta una solicitud (las respuestas por nombre de campo del formulario)")
  public Response file(Solicitud s) {
    if (s == null || s.tramite() == null) {
      throw new BusinessRuleException("falta-tramite", "tramite", "Indique la clave del trámite");
    }
    List<Upload> uploads =
        s.documentos() == null
            ? List.of()
            : s.documentos().stream().map(MyTramitesResource::upload).toList();
    CaseView v =
        facade.file(
            new FilingCommand(
                s.tramite(), s.respuestas() == null ? Map.of() : s.respuestas(), uploads));
    return Response.status(201).entity(v).build();
  }

  private static Upload upload(Documento d) {
    try {
      return new Upload(
          d.requisito(),
          d.nombre(),
          Base64.getDecoder().decode(d.contenido() == null ? "" : d.contenido()));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "documento-invalido",
          "requisito:" + d.requisito(),
          "El contenido del documento no es base64 válido");
    }
  }

  @GET
  @Operation(summary = "Mis solicitudes")
  public List<CaseRow> mine() {
    return facade.mine();
  }

  @GET
  @Path("{folio}")
  @Operation(summary = "Una solicitud: estado, plazo explicado, pago, historial")
  public CaseView one(@PathParam("folio") String folio) {
    return facade.myCase(folio);
  }

  @POST
  @Path("{folio}/ficha")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "La ficha bancaria del cobro (referencia fija desde la primera)")
  public CobroView slip(@PathParam("folio") String folio, FichaRequest r) {
    return facade.slip(folio, r == null ? null : r.banco());
  }

  @POST
  @Path("{folio}/tarjeta")
  @Operation(
      summary =
          "Inicia el pago con tarjeta: la dirección del checkout de la pasarela (regresa a"
              + " /servicios/pago.xhtml)")
  public Checkout card(@PathParam("folio") String folio) {
    return new Checkout(facade.payByCard(folio));
  }

  /** The taxpayer's data for a CFDI; an empty body is the public at large. */
  public record DatosFiscales(
      String rfc, String nombre, String codigoPostal, String regimenFiscal, String usoCfdi) {}

  @POST
  @Path("{folio}/cfdi")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_XML)
  @Operation(
      summary =
          "El CFDI 4.0 del derecho pagado (timbrado una vez; con RFC vacío, al público en general)")
  public String cfdi(@PathParam("folio") String folio, DatosFiscales d) {
    return facade.cfdi(
        folio,
        d == null
            ? null
            : new mx.gob.veracruz.cobros.CfdiCommand(
                d.rfc(), d.nombre(), d.codigoPostal(), d.regimenFiscal(), d.usoCfdi()));
  }

  public record CitaRequest(String tramite, java.time.LocalDate dia, String hora) {}

  @GET
  @Path("citas/disponibles")
  @Operation(
      summary = "Los días con citas de un trámite, o los horarios de un día con sus lugares libres")
  public Object available(
      @jakarta.ws.rs.QueryParam("tramite") String code,
      @jakarta.ws.rs.QueryParam("dia") String day) {
    if (day == null || day.isBlank()) {
      return facade.appointmentDays(code);
    }
    try {
      return facade.appointmentSlots(code, java.time.LocalDate.parse(day));
    } catch (java.time.format.DateTimeParseException e) {
      throw new BusinessRuleException("dia-invalido", "dia", "Fecha no válida (AAAA-MM-DD)");
    }
  }

  @GET
  @Path("citas")
  @Operation(summary = "Mis citas en ventanilla")
  public List<mx.gob.veracruz.tramites.CitaView> appointments() {
    return facade.myAppointments();
  }

  @POST
  @Path("citas")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reserva una cita en ventanilla para un trámite que la requiere")
  public Response book(CitaRequest r) {
    if (r == null) {
      throw new BusinessRuleException("falta-cita", "tramite", "Indique trámite, día y hora");
    }
    return Response.status(201).entity(facade.book(r.tramite(), r.dia(), r.hora())).build();
  }

  @jakarta.ws.rs.DELETE
  @Path("citas/{folio}")
  @Operation(summary = "Cancela una cita propia (antes de su día)")
  public mx.gob.veracruz.tramites.CitaView cancel(@PathParam("folio") String folio) {
    return facade.cancelAppointment(folio);
  }
}
