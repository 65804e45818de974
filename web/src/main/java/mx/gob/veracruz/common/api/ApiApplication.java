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
@OpenAPIDefinition(
    info =
        @Info(
            title = "Ciudad Digital API",
            version = "1",
            description =
                "API del H. Ayuntamiento de Veracruz. Errores en application/problem+json (RFC 9457).",
            contact = @Contact(name = "Dirección de Gobierno Digital")))
public class ApiApplication extends Application {}
