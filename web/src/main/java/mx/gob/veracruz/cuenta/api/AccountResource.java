package mx.gob.veracruz.cuenta.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import mx.gob.veracruz.cuenta.CitizenAccountFacade;
import mx.gob.veracruz.cuenta.SignUp;
import mx.gob.veracruz.cuenta.TokenPair;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Citizen accounts for the app: sign-up (the link arrives by e-mail), the token endpoint (password
 * and refresh-token grants, OAuth 2.0 field names, JSON), revocation (RFC 7009 semantics), the
 * password reset request and the JWKS that verifies the access tokens. Every call counts against
 * the client address's limit (429 with Retry-After).
 */
@Path("v1/cuenta")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cuenta", description = "Cuentas de ciudadanos y tokens de la app")
public class AccountResource {
  public record SignUpRequest(String email, String nombre, String password) {}

  /** {@code grant_type}: {@code password} (email, password) or {@code refresh_token}. */
  public record TokenRequest(
      String grant_type, String email, String password, String refresh_token, String client) {}

  public record RevokeRequest(String token) {}

  public record ResetRequest(String email) {}

  /** OAuth 2.0 token response. */
  public record TokenResponse(
      String access_token,
      String token_type,
      long expires_in,
      String refresh_token,
      long refresh_expires_in) {
    static TokenResponse of(TokenPair p) {
      return new TokenResponse(
          p.accessToken(), p.tokenType(), p.expiresIn(), p.refreshToken(), p.refreshExpiresIn());
    }
  }

  @Inject private CitizenAccountFacade accounts;

  @POST
  @Path("registro")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Crea una cuenta; el enlace de confirmación llega al correo (misma respuesta si ya existía)")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "alta",
                      value =
                          "{\"email\":\"ana@example.org\",\"nombre\":\"Ana López\",\"password\":\"Jarocha.Sol-2026\"}")))
  @APIResponse(responseCode = "202", description = "Aceptada: revise su correo")
  @APIResponse(
      responseCode = "422",
      description = "Datos inválidos o contraseña débil (problem+json con errors[])")
  @APIResponse(
      responseCode = "429",
      description = "Demasiadas solicitudes desde la dirección (Retry-After)")
  public Response signUp(SignUpRequest r) {
    if (r == null) {
      throw new BadRequestException("Envíe email, nombre y password");
    }
    accounts.signUp(new SignUp(r.email(), r.nombre(), r.password()));
    return Response.accepted(
            Map.of("mensaje", "Si el correo es válido, le enviamos un enlace para confirmarlo"))
        .build();
  }

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Emite tokens: grant_type=password (email, password) o refresh_token (rota el token de renovación)")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples = {
                @ExampleObject(
                    name = "password",
                    value =
                        "{\"grant_type\":\"password\",\"email\":\"ana@example.org\",\"password\":\"Jarocha.Sol-2026\",\"client\":\"app-android\"}"),
                @ExampleObject(
                    name = "refresh",
                    value = "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"vcr_…\"}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "access_token (JWT RS256, 10 min) y refresh_token (un solo uso, 30 días)",
      content =
          @Content(
              mediaType = "application/json",
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      implementation = TokenResponse.class),
              examples =
                  @ExampleObject(
                      name = "tokens",
                      value =
                          "{\"access_token\":\"eyJ…\",\"token_type\":\"Bearer\",\"expires_in\":600,\"refresh_token\":\"vcr_…\",\"refresh_expires_in\":2592000}")))
  @APIResponse(
      responseCode = "401",
      description =
          "Credenciales o token de renovación inválidos (un token reutilizado revoca su familia)")
  @APIResponse(responseCode = "422", description = "Correo sin confirmar o grant_type desconocido")
  @APIResponse(responseCode = "429", description = "Demasiadas solicitudes (Retry-After)")
  public TokenResponse token(TokenRequest r) {
    if (r == null || r.grant_type() == null) {
      throw new mx.gob.veracruz.common.BusinessRuleException(
          "grant-type-invalido", "grant_type", "grant_type es password o refresh_token");
    }
    return switch (r.grant_type()) {
      case "password" ->
          TokenResponse.of(accounts.passwordGrant(r.email(), r.password(), r.client()));
      case "refresh_token" -> TokenResponse.of(accounts.refresh(r.refresh_token(), r.client()));
      default ->
          throw new mx.gob.veracruz.common.BusinessRuleException(
              "grant-type-invalido", "grant_type", "grant_type es password o refresh_token");
    };
  }

  @POST
  @Path("token/revocacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Cierra la sesión de la app: revoca el token de renovación (y su familia) y los tokens de acceso de la cuenta")
  @APIResponse(
      responseCode = "204",
      description = "Revocado (también si el token no existía, RFC 7009)")
  public Response revoke(RevokeRequest r) {
    accounts.revoke(r == null ? null : r.token());
    return Response.noContent().build();
  }

  @POST
  @Path("recuperacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Envía un enlace para restablecer la contraseña (misma respuesta exista o no la cuenta)")
  @APIResponse(responseCode = "202", description = "Aceptada")
  public Response reset(ResetRequest r) {
    accounts.requestReset(r == null ? null : r.email());
    return Response.accepted(Map.of("mensaje", "Si el correo tiene cuenta, le enviamos un enlace"))
        .build();
  }

  @GET
  @Path("jwks.json")
  @Operation(
      summary =
          "Llaves públicas (JWKS) que verifican los tokens de acceso; la actual y la anterior tras una rotación")
  public Map<String, Object> jwks() {
    return accounts.jwks();
  }
}
