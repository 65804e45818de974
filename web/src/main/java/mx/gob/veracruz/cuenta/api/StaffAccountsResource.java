package mx.gob.veracruz.cuenta.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.api.ApiDates;
import mx.gob.veracruz.cuenta.CounterAccountView;
import mx.gob.veracruz.cuenta.CounterCode;
import mx.gob.veracruz.cuenta.CounterVerificationFacade;
import mx.gob.veracruz.cuenta.StaffTokenFacade;
import mx.gob.veracruz.cuenta.StaffTokenView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff side of citizen accounts: the counter's CURP verification (ATENCION, SUPERVISOR, ADMIN) and
 * the API tokens of staff integrations (ADMIN), as in the console.
 */
@Path("v1/cuentas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Cuentas (personal)",
    description = "Verificación en ventanilla y tokens de integraciones")
@SecurityRequirement(name = "sesion")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Sin sesión ni token")
@APIResponse(responseCode = "403", description = "El rol no permite la operación")
public class StaffAccountsResource {
  public record CodeRequest(String curp, String identificacion, String terminacion) {}

  public record TokenRequest(
      String usuario, String nombre, List<String> alcances, String vence, int limitePorMinuto) {}

  @Inject private CounterVerificationFacade counter;
  @Inject private StaffTokenFacade tokens;

  @GET
  @Operation(summary = "Busca cuentas por correo o CURP (ventanilla)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "Lista",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "application/json",
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = CounterAccountView.class)))
  public List<CounterAccountView> find(@QueryParam("q") String q) {
    return counter.find(q);
  }

  @POST
  @Path("{id}/codigo-ventanilla")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Emite el código de un solo uso tras ver una identificación con esa CURP (se muestra una vez)")
  @APIResponse(responseCode = "201", description = "El código, para entregarlo a la persona")
  @APIResponse(responseCode = "422", description = "CURP, identificación o terminación inválidas")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = CounterCode.class,
      responseCode = "201")
  public Response issueCode(@PathParam("id") long id, CodeRequest r) {
    CounterCode c =
        counter.issueCode(
            id,
            r == null ? null : r.curp(),
            r == null ? null : r.identificacion(),
            r == null ? null : r.terminacion());
    return Response.status(201).entity(c).build();
  }

  @GET
  @Path("tokens")
  @Operation(summary = "Tokens de integraciones (nunca el secreto)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "Lista",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "application/json",
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = StaffTokenView.class)))
  public List<StaffTokenView> listTokens() {
    return tokens.list(0, 200);
  }

  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Emite un token vcs_… para un usuario del personal con alcances (roles suyos), vencimiento y límite por minuto")
  @APIResponse(
      responseCode = "201",
      description = "El token (se muestra una sola vez) y su descripción")
  @APIResponse(
      responseCode = "422",
      description = "Usuario, alcances, vencimiento o límite inválidos")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = StaffTokenFacade.Issued.class,
      responseCode = "201")
  public Response issueToken(TokenRequest r) {
    if (r == null) {
      throw new jakarta.ws.rs.BadRequestException(
          "Envíe usuario, nombre, alcances, vence y limitePorMinuto");
    }
    LocalDate expires = ApiDates.required(r.vence(), "vence");
    StaffTokenFacade.Issued issued =
        tokens.issue(r.usuario(), r.nombre(), r.alcances(), expires, r.limitePorMinuto());
    return Response.status(201).entity(issued).build();
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(summary = "Revoca un token: deja de funcionar en la siguiente solicitud")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = StaffTokenView.class,
      responseCode = "200")
  public StaffTokenView revoke(@PathParam("id") long id) {
    return tokens.revoke(id);
  }
}
