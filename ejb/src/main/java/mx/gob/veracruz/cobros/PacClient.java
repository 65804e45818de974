package mx.gob.veracruz.cobros;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * Adapter for the authorised certification provider (PAC) that stamps CFDIs. Stamping is idempotent
 * at the provider by issuer + serie + folio, so a retry returns the same UUID.
 */
@ApplicationScoped
public class PacClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject private PaymentSettings settings;

  public String stamp(String cfdiXml) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(settings.pacUrl() + "/pac/v1/stamp"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + settings.pacApiKey())
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(cfdiXml, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> r =
          HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new BusinessRuleException(
            "pac-rechazo",
            null,
            "El proveedor de certificación rechazó el CFDI (HTTP "
                + r.statusCode()
                + "): "
                + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new BusinessRuleException(
          "pac-no-disponible",
          null,
          "El proveedor de certificación no responde; intente más tarde");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusinessRuleException("pac-no-disponible", null, "Operación interrumpida");
    }
  }
}
