package mx.gob.veracruz.cobros;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * Adapter for the card payment gateway's HTTP API (documented in sandbox/README.md; the local
 * sandbox speaks the same protocol). Charges are created with an idempotency key, so a retried
 * request after a timeout never creates a second charge.
 */
@ApplicationScoped
public class GatewayClient {
  /** The gateway's view of a charge. */
  public record Charge(String id, String status, BigDecimal amount, String checkoutUrl) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject private PaymentSettings settings;

  public Charge create(
      String idempotencyKey,
      BigDecimal amount,
      String reference,
      String description,
      String returnUrl) {
    String body =
        Json.createObjectBuilder()
            .add("amount", amount.setScale(2).toPlainString())
            .add("currency", "MXN")
            .add("reference", reference)
            .add("description", description)
            .add("returnUrl", returnUrl)
            .add("webhookUrl", settings.webhookUrl())
            .build()
            .toString();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "/v1/charges"))
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", "Bearer " + settings.gatewayApiKey())
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return charge(send(req, 201, 200));
  }

  public Charge find(String chargeId) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "/v1/charges/" + chargeId))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + settings.gatewayApiKey())
            .GET()
            .build();
    return charge(send(req, 200, 200));
  }

  private static Charge charge(JsonObject o) {
    return new Charge(
        o.getString("id"),
        o.getString("status"),
        new BigDecimal(o.getString("amount")),
        o.getString("checkoutUrl", null));
  }

  private static JsonObject send(HttpRequest req, int ok, int alsoOk) {
    try {
      HttpResponse<String> r =
          HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != ok && r.statusCode() != alsoOk) {
        throw new BusinessRuleException(
            "pasarela-error",
            null,
            "La pasarela de pago rechazó la operación (HTTP "
                + r.statusCode()
                + "); intente más tarde");
      }
      return Json.createReader(new StringReader(r.body())).readObject();
    } catch (IOException e) {
      throw new BusinessRuleException(
          "pasarela-no-disponible",
          null,
          "La pasarela de pago no responde; intente más tarde o use el formato de pago bancario");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusinessRuleException("pasarela-no-disponible", null, "Operación interrumpida");
    }
  }
}
