package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.veracruz.cobros.WebhookSignature;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.WebhookResult;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.CargoStatus;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.WebhookEvent;
import mx.gob.veracruz.predial.model.WebhookStatus;

/** Stores and applies gateway callbacks: at least once, in any order, each effective once. */
@ApplicationScoped
public class GatewayEvents {
  private static final Logger LOG = Logger.getLogger(GatewayEvents.class.getName());

  @Inject private PredialRepository repo;
  @Inject private PredialSettings settings;
  @Inject private PaymentPosting posting;
  @Inject private mx.gob.veracruz.cobros.CobrosBatchFacade cobros;

  public WebhookResult store(byte[] raw, String signature) {
    String problem =
        WebhookSignature.problem(signature, raw, settings.gatewayWebhookSecret(), Instant.now());
    if (problem != null) {
      LOG.warning(() -> "Evento de la pasarela rechazado: " + problem);
      return new WebhookResult(null, WebhookStatus.RECHAZADO.name(), problem);
    }
    JsonObject o;
    try {
      o = Json.createReader(new ByteArrayInputStream(raw)).readObject();
    } catch (JsonException | IllegalStateException e) {
      return new WebhookResult(null, WebhookStatus.RECHAZADO.name(), "El cuerpo no es JSON válido");
    }
    String id = o.getString("id", "");
    if (id.isBlank() || !o.containsKey("type") || !o.containsKey("data")) {
      return new WebhookResult(null, WebhookStatus.RECHAZADO.name(), "Faltan id, type o data");
    }
    var existing = repo.one(WebhookEvent.class, "WebhookEvent.byEventId", "eventId", id);
    if (existing.isPresent()) {
      return new WebhookResult(
          id, WebhookStatus.DUPLICADO.name(), "Ya recibido (" + existing.get().getStatus() + ")");
    }
    WebhookEvent e = new WebhookEvent();
    e.setEventId(id);
    e.setEventType(o.getString("type"));
    e.setChargeId(o.getJsonObject("data").getString("chargeId", null));
    e.setEventCreated(Instant.ofEpochSecond(o.getJsonNumber("created").longValue()));
    e.setReceivedAt(Instant.now());
    e.setBody(new String(raw, StandardCharsets.UTF_8));
    e.setStatus(WebhookStatus.RECIBIDO);
    e.setAttempts(0);
    repo.persist(e);
    repo.flush();
    return new WebhookResult(id, WebhookStatus.RECIBIDO.name(), null);
  }

  public WebhookResult apply(String eventId) {
    WebhookEvent e =
        repo.one(WebhookEvent.class, "WebhookEvent.byEventId", "eventId", eventId).orElseThrow();
    if (e.getStatus() != WebhookStatus.RECIBIDO) {
      return new WebhookResult(eventId, e.getStatus().name(), e.getResult());
    }
    e.setAttempts(e.getAttempts() + 1);
    JsonObject data =
        Json.createReader(new java.io.StringReader(e.getBody())).readObject().getJsonObject("data");
    Cargo c =
        repo.one(Cargo.class, "Cargo.byChargeId", "chargeId", data.getString("chargeId", ""))
            .orElse(null);
    if (c == null) {
      // a charge of another module (trámites, becas): one event store, applied where it belongs
      String[] other =
          cobros.gatewayEvent(
              e.getEventType(),
              data.getString("chargeId", ""),
              new BigDecimal(data.getString("amount", "0")),
              data.getString("currency", ""),
              data.getString("authorization", "?"),
              Instant.parse(data.getString("paidAt", e.getEventCreated().toString())));
      if (other != null) {
        return finish(e, WebhookStatus.valueOf(other[0]), other[1]);
      }
      return finish(
          e, WebhookStatus.ERROR, "El cargo " + data.getString("chargeId", "?") + " no es nuestro");
    }
    switch (e.getEventType()) {
      case "charge.paid" -> {
        if (c.getStatus() == CargoStatus.PAGADO) {
          return finish(
              e,
              WebhookStatus.IGNORADO,
              "El cargo ya estaba aplicado (pago " + c.getPagoId() + ")");
        }
        BigDecimal amount = new BigDecimal(data.getString("amount", "0"));
        String currency = data.getString("currency", "");
        if (!"MXN".equals(currency)) {
          return finish(
              e,
              WebhookStatus.ERROR,
              AmountMismatch.currency(currency, amount, c.getAmount()) + ": revisar");
        }
        if (amount.compareTo(c.getAmount()) != 0) {
          return finish(
              e, WebhookStatus.ERROR, AmountMismatch.describe(amount, c.getAmount()) + ": revisar");
        }
        try {
          Pago pago =
              posting.post(
                  new PaymentPosting.PostCommand(
                      c.getPredioId(),
                      PaymentChannel.EN_LINEA,
                      "Autorización "
                          + data.getString("authorization", "?")
                          + " · cargo "
                          + c.getChargeId(),
                      "pasarela:" + c.getChargeId(),
                      amount,
                      c.getStatementDate(),
                      Instant.parse(data.getString("paidAt", e.getEventCreated().toString())),
                      c.getPayerName(),
                      null,
                      null,
                      null));
          c.setStatus(CargoStatus.PAGADO);
          c.setCompletedAt(Instant.now());
          c.setPagoId(pago.getId());
          return finish(e, WebhookStatus.APLICADO, "Pago " + pago.getFolio());
        } catch (BusinessRuleException ex) {
          return finish(e, WebhookStatus.ERROR, ex.getMessage());
        }
      }
      case "charge.declined" -> {
        if (c.getStatus() != CargoStatus.PENDIENTE) {
          return finish(e, WebhookStatus.IGNORADO, "El cargo ya está " + c.getStatus());
        }
        c.setStatus(CargoStatus.RECHAZADO);
        c.setCompletedAt(Instant.now());
        return finish(e, WebhookStatus.APLICADO, "Cargo rechazado por el banco emisor");
      }
      default -> {
        // Older or informative events (charge.pending after charge.paid) never move a charge back.
        return finish(
            e,
            WebhookStatus.IGNORADO,
            "Evento " + e.getEventType() + " sin efecto; estado " + c.getStatus());
      }
    }
  }

  private WebhookResult finish(WebhookEvent e, WebhookStatus status, String result) {
    e.setStatus(status);
    e.setResult(result.length() > 300 ? result.substring(0, 300) : result);
    e.setProcessedAt(Instant.now());
    LOG.info(
        () ->
            "Evento "
                + e.getEventId()
                + " ("
                + e.getEventType()
                + "): "
                + status
                + " — "
                + e.getResult());
    return new WebhookResult(e.getEventId(), status.name(), e.getResult());
  }

  public List<String> pending() {
    return repo.pendingWebhookEvents(200);
  }

  public List<WebhookResult> recent(int max) {
    return repo.recentWebhookEvents(max).stream()
        .map(
            e ->
                new WebhookResult(
                    e.getEventId(), e.getStatus().name(), e.getEventType() + ": " + e.getResult()))
        .toList();
  }
}
