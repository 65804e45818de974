package mx.gob.veracruz.common.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API for the mobile app and third parties: {@code /api/v1/...}, documented at /openapi.
 */
@ApplicationPath("api")
@org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes({
  @org.eclipse.microprofile.openapi.annotations.security.SecurityScheme(
      securitySchemeName = "bearer",
      type = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat =
          "JWT (ciudadanos, POST /api/v1/cuenta/token) o vcs_… (tokens de integraciones del personal)",
      description =
          "Ciudadanos: token de acceso JWT RS256 de 10 minutos (llaves en /api/v1/cuenta/jwks.json). Integraciones del personal: token vcs_… emitido por ADMIN en /consola/cuentas/tokens.xhtml, con alcances (roles) y límite por minuto."),
  @org.eclipse.microprofile.openapi.annotations.security.SecurityScheme(
      securitySchemeName = "sesion",
      type = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType.APIKEY,
      in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.COOKIE,
      apiKeyName = "JSESSIONID",
      description = "La sesión de la consola o del portal (el ajax de la propia consola)")
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Ciudad Digital API",
            version = "1",
            description =
                "API del H. Ayuntamiento de Veracruz. Errores en application/problem+json (RFC 9457).",
            contact = @Contact(name = "Dirección de Gobierno Digital")))
public class ApiApplication extends Application {}
