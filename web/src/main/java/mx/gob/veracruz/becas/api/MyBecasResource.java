package mx.gob.veracruz.becas.api;

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
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import mx.gob.veracruz.becas.ApplicationCommand;
import mx.gob.veracruz.becas.ApplicationRow;
import mx.gob.veracruz.becas.ApplicationView;
import mx.gob.veracruz.becas.DocumentUpload;
import mx.gob.veracruz.becas.EligibilityResult;
import mx.gob.veracruz.becas.MyBecasFacade;
import mx.gob.veracruz.common.BusinessRuleException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The app's side of becas for the signed-in citizen: check a call's rules, apply, follow, ask for a
 * new CLABE. Another account's folio is 404.
 */
@Path("v1/mi/becas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mis becas", description = "Solicitudes de beca del ciudadano autenticado")
@SecurityRequirement(name = "bearer")
public class MyBecasResource {
  /** A document: the call's document code, its file name and its bytes in base64. */
  public record Documento(String documento, String nombre, String contenido) {}

  /** An application; {@code colonia} 0 means the household lives outside the municipality. */
  public record Solicitud(
      String convocatoria,
      String curp,
      String nombre,
      String nivel,
      String escuela,
      BigDecimal promedio,
      BigDecimal ingresoMensual,
      Integer integrantes,
      Long colonia,
      String clabe,
      List<Documento> documentos) {}

  public record CambioClabe(String clabe, String motivo) {}

  @Inject private MyBecasFacade facade;

  private static ApplicationCommand command(Solicitud s) {
    if (s == null || s.convocatoria() == null) {
      throw new BusinessRuleException(
          "falta-convocatoria", "convocatoria", "Indique la clave de la convocatoria");
    }
    List<DocumentUpload> docs =
        s.documentos() == null
            ? List.of()
            : s.documentos().stream().map(MyBecasResource::upload).toList();
    return new ApplicationCommand(
        s.convocatoria(),
        s.curp(),
        s.nombre(),
        s.nivel(),
        s.escuela(),
        s.promedio(),
        s.ingresoMensual(),
        s.integrantes(),
        s.colonia(),
        s.clabe(),
        docs);
  }

  private static DocumentUpload upload(Documento d) {
    try {
      return new DocumentUpload(
          d.documento(),
          d.nombre(),
          Base64.getDecoder().decode(d.contenido() == null ? "" : d.contenido()));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "documento-invalido",
          "doc-" + d.documento(),
          "El contenido del documento no es base64 válido");
    }
  }

  @POST
  @Path("revision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Aplica las reglas de la convocatoria a estos datos y explica cada una (no guarda nada)")
  public EligibilityResult check(Solicitud s) {
    return facade.check(command(s));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Presenta una solicitud (una por CURP en el ciclo escolar)")
  public Response apply(Solicitud s) {
    return Response.status(201).entity(facade.apply(command(s))).build();
  }

  @GET
  @Operation(summary = "Mis solicitudes de beca")
  public List<ApplicationRow> mine() {
    return facade.mine();
  }

  @GET
  @Path("{folio}")
  @Operation(summary = "Una solicitud: estado, requisitos revisados, lugar, pagos, historial")
  public ApplicationView one(@PathParam("folio") String folio) {
    return facade.mine(folio);
  }

  @POST
  @Path("{folio}/cancelacion")
  @Operation(summary = "Cancela la solicitud antes del dictamen (libera la CURP en el ciclo)")
  public ApplicationView withdraw(@PathParam("folio") String folio) {
    return facade.withdraw(folio);
  }

  @POST
  @Path("{folio}/cambio-clabe")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Pide el cambio de la CLABE de depósito (la revisa la oficina de becas)")
  public ApplicationView change(@PathParam("folio") String folio, CambioClabe c) {
    return facade.requestChange(folio, c == null ? null : c.clabe(), c == null ? null : c.motivo());
  }
}
