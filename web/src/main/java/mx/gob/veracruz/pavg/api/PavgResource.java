package mx.gob.veracruz.pavg.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.pavg.FollowUp;
import mx.gob.veracruz.pavg.IntakeCommand;
import mx.gob.veracruz.pavg.IntakeReceipt;
import mx.gob.veracruz.pavg.PavgCodes;
import mx.gob.veracruz.pavg.PavgIntakeFacade;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The app's side of PAVG: report (no account, no personal data required) and follow a report with
 * its code and PIN, both in the body (never in a URL a proxy or the phone's history keeps). Answers
 * carry {@code Cache-Control: no-store}; errors are problem+json.
 */
@Path("v1/pavg")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "PAVG",
    description = "Reportes de violencia de género y su seguimiento con código y NIP")
public class PavgResource {
  /** A code and its Spanish label. */
  public record Option(String codigo, String nombre) {}

  public record Catalogs(
      List<Option> tipos,
      List<Option> sobre,
      List<Option> canalesContacto,
      String telefonosEmergencia) {}

  public record ReportRequest(
      String sobre,
      List<String> tipos,
      LocalDate fecha,
      Long coloniaId,
      BigDecimal lat,
      BigDecimal lon,
      String lugar,
      Boolean peligroInmediato,
      String relato,
      String nombre,
      String nombreAfectada,
      String telefono,
      String correo,
      String canalContacto,
      String horarioContacto,
      String palabraSeguridad,
      String personaAgresora,
      String correoConfirmacion) {}

  public record ReportResponse(
      String folio,
      String codigo,
      String nip,
      boolean peligroInmediato,
      Instant recibido,
      String telefonosEmergencia) {}

  public record FollowRequest(String codigo, String nip) {}

  public record MessageRequest(String codigo, String nip, String texto) {}

  public record Message(Instant fecha, boolean deUsted, String texto) {}

  public record FollowResponse(
      String folio,
      String estado,
      String estadoNombre,
      Instant recibido,
      Instant actualizado,
      List<Message> mensajes) {}

  @Inject private PavgIntakeFacade intake;

  @GET
  @Path("catalogos")
  @Operation(summary = "Tipos de violencia, canales de contacto y teléfonos de emergencia")
  public Catalogs catalogs() {
    return new Catalogs(
        options("pavg.tipo.", PavgCodes.ViolenceType.class),
        options("pavg.sobre.", PavgCodes.About.class),
        options("pavg.contacto.", PavgCodes.ContactChannel.class),
        intake.publicTexts().get("telefonos"));
  }

  @POST
  @Path("reportes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Registra un reporte; responde el folio, el código de seguimiento y el NIP (se muestran una sola vez)")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "anonimo",
                      value =
                          "{\"sobre\":\"PROPIA\",\"tipos\":[\"PSICOLOGICA\"],\"peligroInmediato\":false,\"relato\":\"Mi pareja me amenaza y revisa mi teléfono.\",\"canalContacto\":\"NO_CONTACTAR\"}")))
  @APIResponse(responseCode = "201", description = "Registrado")
  @APIResponse(responseCode = "422", description = "Datos inválidos (problem+json con errors[])")
  @APIResponse(responseCode = "429", description = "Demasiados reportes desde esta dirección")
  public Response report(ReportRequest r) {
    if (r == null) {
      throw new mx.gob.veracruz.common.BusinessRuleException(
          "cuerpo-requerido", "El cuerpo de la solicitud es obligatorio");
    }
    IntakeReceipt receipt =
        intake.report(
            new IntakeCommand(
                r.sobre(),
                r.tipos(),
                r.fecha(),
                r.coloniaId(),
                r.lat(),
                r.lon(),
                r.lugar(),
                r.peligroInmediato(),
                r.relato(),
                r.nombre(),
                r.nombreAfectada(),
                r.telefono(),
                r.correo(),
                r.canalContacto(),
                r.horarioContacto(),
                r.palabraSeguridad(),
                r.personaAgresora(),
                r.correoConfirmacion(),
                PavgCodes.Channel.APP.name()));
    return Response.status(201)
        .entity(
            new ReportResponse(
                receipt.folio(),
                receipt.code(),
                receipt.pin(),
                receipt.danger(),
                receipt.receivedAt(),
                intake.publicTexts().get("telefonos")))
        .build();
  }

  @POST
  @Path("seguimiento")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "El estado de un reporte y sus mensajes, con su código y NIP")
  @APIResponse(responseCode = "200", description = "El reporte")
  @APIResponse(
      responseCode = "422",
      description = "Código o NIP que no corresponden (misma respuesta para ambos)")
  @APIResponse(responseCode = "429", description = "Demasiados intentos fallidos")
  public FollowResponse follow(FollowRequest r) {
    return response(intake.follow(r == null ? null : r.codigo(), r == null ? null : r.nip()));
  }

  @POST
  @Path("seguimiento/mensajes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Agrega un mensaje al reporte (con su código y NIP)")
  @APIResponse(responseCode = "200", description = "El reporte con el mensaje")
  public FollowResponse message(MessageRequest r) {
    return response(
        intake.addMessage(
            r == null ? null : r.codigo(),
            r == null ? null : r.nip(),
            r == null ? null : r.texto()));
  }

  private static FollowResponse response(FollowUp f) {
    return new FollowResponse(
        f.folio(),
        f.status(),
        label("pavg.estado.", f.status()),
        f.receivedAt(),
        f.updatedAt(),
        f.messages().stream().map(m -> new Message(m.at(), m.fromHer(), m.text())).toList());
  }

  /** Spanish labels from the web bundle (no FacesContext here). */
  private static String label(String prefix, String code) {
    try {
      return java.util.ResourceBundle.getBundle(
              "mx.gob.veracruz.web.messages", java.util.Locale.forLanguageTag("es-MX"))
          .getString(prefix + code);
    } catch (java.util.MissingResourceException e) {
      return code;
    }
  }

  private static <E extends Enum<E>> List<Option> options(String prefix, Class<E> type) {
    return PavgCodes.codes(type).stream().map(c -> new Option(c, label(prefix, c))).toList();
  }
}
