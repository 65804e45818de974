package mx.gob.veracruz.sandbox;

import static mx.gob.veracruz.sandbox.SandboxClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.gob.veracruz.sandbox.WebhookReceiver.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GatewayTest {

  static final String SECRET = "whsec-test-secret";
  static final String API_KEY = "test-api-key";

  static SandboxServer server;
  static WebhookReceiver receiver;
  static SandboxClient client;

  @BeforeAll
  static void start() throws Exception {
    server = SandboxServer.start(SandboxConfig.forTests(SECRET, API_KEY));
    receiver = new WebhookReceiver(SECRET);
    client = new SandboxClient(server.publicUrl(), API_KEY);
  }

  @AfterAll
  static void stop() {
    receiver.close();
    server.stop();
  }

  static String chargeBody(String reference, String amount, String webhookPath, String returnUrl) {
    return chargeJson(reference, amount, receiver.url(webhookPath), returnUrl);
  }

  static String chargeJson(String reference, String amount, String webhookUrl, String returnUrl) {
    return """
        {"amount":"%s","currency":"MXN","reference":"%s","description":"Impuesto predial",
         "returnUrl":"%s","webhookUrl":"%s"}"""
        .formatted(amount, reference, returnUrl, webhookUrl);
  }

  static JsonNode newCharge(String webhookPath) throws Exception {
    HttpResponse<String> created =
        client.createCharge(
            UUID.randomUUID().toString(),
            chargeBody(
                "PRED-2026-" + UUID.randomUUID().toString().substring(0, 6),
                "1520.00",
                webhookPath,
                "http://127.0.0.1:9/pago/retorno"));
    assertThat(created.statusCode()).isEqualTo(201);
    return json(created);
  }

  static JsonNode complete(String chargeId, String outcome, String delivery) throws Exception {
    HttpResponse<String> response =
        client.control(
            "/sandbox/charges/" + chargeId + "/complete",
            "{\"outcome\":\"" + outcome + "\",\"delivery\":\"" + delivery + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  // ---- charges
  // -----------------------------------------------------------------------------------

  @Test
  void createsChargeAndReplaysItForTheSameIdempotencyKeyAndBody() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = chargeBody("PRED-2026-000123", "1520.00", "/hook", "http://127.0.0.1:9/retorno");

    HttpResponse<String> first = client.createCharge(key, body);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode charge = json(first);
    assertThat(charge.get("id").asText()).matches("ch_[0-9A-Za-z]{24}");
    assertThat(charge.get("status").asText()).isEqualTo("pending");
    assertThat(charge.get("amount").asText()).isEqualTo("1520.00");
    assertThat(charge.get("currency").asText()).isEqualTo("MXN");
    assertThat(charge.get("reference").asText()).isEqualTo("PRED-2026-000123");
    assertThat(charge.get("checkoutUrl").asText())
        .isEqualTo("http://127.0.0.1:" + server.port() + "/checkout/" + charge.get("id").asText());
    assertThat(Instant.parse(charge.get("created").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(charge.has("authorization")).isFalse();

    // the same request again, fields in another order and other spacing: the same charge
    String reordered =
        "{ \"webhookUrl\": \"%s\", \"reference\": \"PRED-2026-000123\", \"amount\": \"1520.00\", \"currency\": \"MXN\","
                .formatted(receiver.url("/hook"))
            + " \"description\": \"Impuesto predial\", \"returnUrl\": \"http://127.0.0.1:9/retorno\" }";
    HttpResponse<String> replay = client.createCharge(key, reordered);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(json(replay)).isEqualTo(charge);

    HttpResponse<String> reuse =
        client.createCharge(
            key, chargeBody("PRED-2026-000123", "1521.00", "/hook", "http://127.0.0.1:9/retorno"));
    assertThat(reuse.statusCode()).isEqualTo(409);
    assertThat(reuse.body()).isEqualTo("{\"error\":\"idempotency_key_reuse\"}");

    HttpResponse<String> fetched = client.get("/v1/charges/" + charge.get("id").asText());
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(json(fetched)).isEqualTo(charge);
  }

  @Test
  void concurrentRequestsCreateOneChargePerKeyAndPayItOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = chargeBody("PRED-2026-CONC", "99.90", "/hook", "http://127.0.0.1:9/r");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> creations =
          new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        creations.add(pool.submit(() -> client.createCharge(key, body)));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      int created = 0;
      for (var f : creations) {
        HttpResponse<String> r = f.get();
        created += r.statusCode() == 201 ? 1 : 0;
        assertThat(r.statusCode()).isIn(200, 201);
        ids.add(json(r).get("id").asText());
      }
      assertThat(created).isEqualTo(1);
      assertThat(ids).hasSize(1);

      String id = ids.iterator().next();
      List<java.util.concurrent.Future<HttpResponse<String>>> payments =
          new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        payments.add(
            pool.submit(() -> client.form("/checkout/" + id + "/pay", "card=4242424242424242")));
      }
      for (var f : payments) {
        assertThat(f.get().statusCode()).isEqualTo(303);
      }
      assertThat(receiver.await(id, 1, 5000)).hasSize(1);
      Thread.sleep(200);
      assertThat(receiver.forCharge(id)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsMissingIdempotencyKeyAndInvalidAmounts() throws Exception {
    HttpResponse<String> noKey =
        client.postJson(
            client.authorized("/v1/charges"),
            chargeBody("R-1", "10.00", "/hook", "http://x.test/r"));
    assertThat(noKey.statusCode()).isEqualTo(400);
    assertThat(json(noKey).get("error").asText()).isEqualTo("missing_idempotency_key");

    for (String amount : List.of("0.00", "15.2", "15.200", "-1.00", "1e3", "", "1,520.00", "abc")) {
      HttpResponse<String> bad =
          client.createCharge(
              UUID.randomUUID().toString(), chargeBody("R-1", amount, "/hook", "http://x.test/r"));
      assertThat(bad.statusCode()).as(amount).isEqualTo(400);
      assertThat(bad.body()).as(amount).isEqualTo("{\"error\":\"invalid_amount\"}");
    }
    HttpResponse<String> numeric =
        client.createCharge(
            UUID.randomUUID().toString(),
            "{\"amount\":1520.00,\"currency\":\"MXN\",\"reference\":\"R\",\"returnUrl\":\"http://x.test/\","
                + "\"webhookUrl\":\"http://x.test/\"}");
    assertThat(numeric.body()).isEqualTo("{\"error\":\"invalid_amount\"}");

    HttpResponse<String> noWebhook =
        client.createCharge(
            UUID.randomUUID().toString(),
            "{\"amount\":\"1.00\",\"currency\":\"MXN\",\"reference\":\"R\",\"returnUrl\":\"http://x.test/\"}");
    assertThat(noWebhook.statusCode()).isEqualTo(400);
    assertThat(json(noWebhook).get("error").asText()).isEqualTo("invalid_request");

    HttpResponse<String> notJson = client.createCharge(UUID.randomUUID().toString(), "{amount:");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).get("error").asText()).isEqualTo("invalid_json");
  }

  @Test
  void apiCallsWithoutTheBearerKeyAreUnauthorized() throws Exception {
    for (String path :
        List.of("/v1/charges/ch_x", "/v1/settlements/2026-01-01.csv", "/v1/nothing")) {
      HttpResponse<String> none = client.send(client.request(path).GET());
      assertThat(none.statusCode()).as(path).isEqualTo(401);
      assertThat(none.body()).isEqualTo("{\"error\":\"unauthorized\"}");
      HttpResponse<String> wrong =
          client.send(client.request(path).header("Authorization", "Bearer nope").GET());
      assertThat(wrong.statusCode()).as(path).isEqualTo(401);
    }
    HttpResponse<String> post =
        client.postJson(
            client.request("/v1/charges").header("Idempotency-Key", "k"),
            chargeBody("R", "1.00", "/hook", "http://x.test/"));
    assertThat(post.statusCode()).isEqualTo(401);
    assertThat(post.body()).isEqualTo("{\"error\":\"unauthorized\"}");
  }

  @Test
  void unknownChargeIs404AndHealthIsUp() throws Exception {
    HttpResponse<String> missing = client.get("/v1/charges/ch_doesnotexist");
    assertThat(missing.statusCode()).isEqualTo(404);

    HttpResponse<String> health = client.send(client.request("/health").GET());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  // ---- checkout page
  // -----------------------------------------------------------------------------

  @Test
  void checkoutPayRedirectsToTheMerchantAndDeliversASignedWebhook() throws Exception {
    HttpResponse<String> created =
        client.createCharge(
            UUID.randomUUID().toString(),
            chargeBody(
                "PRED-2026-000777", "1520.00", "/hook", "http://127.0.0.1:9/pago/retorno?folio=7"));
    String id = json(created).get("id").asText();

    HttpResponse<String> page = client.send(client.request("/checkout/" + id).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("lang=\"es\"", "$1,520.00", "PRED-2026-000777", "value=\"4242 4242 4242 4242\"")
        .contains("action=\"/checkout/" + id + "/pay\"", ">Pagar</button>")
        .contains("action=\"/checkout/" + id + "/decline\"", ">Cancelar</button>")
        .doesNotContain("http://", "https://", "<script", "<link");

    HttpResponse<String> paid = client.form("/checkout/" + id + "/pay", "card=4242+4242+4242+4242");
    assertThat(paid.statusCode()).isEqualTo(303);
    assertThat(paid.headers().firstValue("Location"))
        .hasValue("http://127.0.0.1:9/pago/retorno?folio=7&charge=" + id);

    List<Delivery> received = receiver.await(id, 1, 5000);
    assertThat(received).hasSize(1);
    Delivery webhook = received.get(0);
    assertThat(webhook.verifies(SECRET)).isTrue();
    assertThat(webhook.answered()).isEqualTo(204);
    assertThat(Instant.now().getEpochSecond() - webhook.timestamp()).isBetween(0L, 10L);
    JsonNode event = webhook.json();
    assertThat(event.get("id").asText()).matches("evt_[0-9A-Za-z]{24}");
    assertThat(event.get("type").asText()).isEqualTo("charge.paid");
    assertThat(event.get("created").isIntegralNumber()).isTrue();
    JsonNode data = event.get("data");
    assertThat(data.get("chargeId").asText()).isEqualTo(id);
    assertThat(data.get("reference").asText()).isEqualTo("PRED-2026-000777");
    assertThat(data.get("amount").asText()).isEqualTo("1520.00");
    assertThat(data.get("currency").asText()).isEqualTo("MXN");
    assertThat(data.get("status").asText()).isEqualTo("paid");
    assertThat(data.get("authorization").asText()).matches("[0-9]{6}");
    Instant.parse(data.get("paidAt").asText());

    JsonNode charge = json(client.get("/v1/charges/" + id));
    assertThat(charge.get("status").asText()).isEqualTo("paid");
    assertThat(charge.get("authorization").asText()).isEqualTo(data.get("authorization").asText());
    assertThat(charge.get("paidAt").asText()).isEqualTo(data.get("paidAt").asText());

    // paying again changes nothing and sends nothing, but still takes the citizen back
    HttpResponse<String> again = client.form("/checkout/" + id + "/pay", "card=4242424242424242");
    assertThat(again.statusCode()).isEqualTo(303);
    Thread.sleep(300);
    assertThat(receiver.forCharge(id)).hasSize(1);
    assertThat(json(client.get("/v1/charges/" + id))).isEqualTo(charge);
  }

  @Test
  void decliningCardAndCancelButtonDeclineTheCharge() throws Exception {
    String byCard = newCharge("/hook").get("id").asText();
    HttpResponse<String> declined =
        client.form("/checkout/" + byCard + "/pay", "card=4000+0000+0000+0002");
    assertThat(declined.statusCode()).isEqualTo(303);
    assertThat(declined.headers().firstValue("Location"))
        .hasValue("http://127.0.0.1:9/pago/retorno?charge=" + byCard);

    String byButton = newCharge("/hook").get("id").asText();
    assertThat(client.form("/checkout/" + byButton + "/decline", "").statusCode()).isEqualTo(303);

    for (String id : List.of(byCard, byButton)) {
      List<Delivery> received = receiver.await(id, 1, 5000);
      assertThat(received).hasSize(1);
      assertThat(received.get(0).verifies(SECRET)).isTrue();
      JsonNode event = received.get(0).json();
      assertThat(event.get("type").asText()).isEqualTo("charge.declined");
      assertThat(event.get("data").get("status").asText()).isEqualTo("declined");
      assertThat(event.get("data").has("authorization")).isFalse();
      assertThat(event.get("data").has("paidAt")).isFalse();
      JsonNode charge = json(client.get("/v1/charges/" + id));
      assertThat(charge.get("status").asText()).isEqualTo("declined");
      assertThat(charge.has("authorization")).isFalse();
    }
  }

  @Test
  void returnLocationAddsTheChargeToTheQuery() {
    assertThat(Gateway.returnLocation("http://a.test/r", "ch_1"))
        .isEqualTo("http://a.test/r?charge=ch_1");
    assertThat(Gateway.returnLocation("http://a.test/r?x=1", "ch_1"))
        .isEqualTo("http://a.test/r?x=1&charge=ch_1");
    assertThat(Gateway.returnLocation("http://a.test/r?x=1#top", "ch_1"))
        .isEqualTo("http://a.test/r?x=1&charge=ch_1#top");
  }

  // ---- control endpoint delivery modes
  // -----------------------------------------------------------

  @Test
  void normalDeliveryIsOneVerifiedEvent() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    JsonNode result = complete(id, "paid", "normal");
    assertThat(result.get("charge").get("status").asText()).isEqualTo("paid");
    assertThat(result.get("events")).hasSize(1);
    assertThat(result.get("deliveries")).hasSize(1);
    assertThat(result.get("deliveries").get(0).get("status").asInt()).isEqualTo(204);
    assertThat(result.get("deliveries").get(0).get("eventId").asText())
        .isEqualTo(result.get("events").get(0).asText());

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).verifies(SECRET)).isTrue();
    assertThat(received.get(0).json().get("id").asText())
        .isEqualTo(result.get("events").get(0).asText());
  }

  @Test
  void duplicateDeliversTheSameEventTwiceWithFreshValidSignatures() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    JsonNode result = complete(id, "paid", "duplicate");
    assertThat(result.get("events")).hasSize(1);
    assertThat(result.get("deliveries")).hasSize(2);

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).hasSize(2);
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
    assertThat(received.get(0).json().get("id").asText())
        .isEqualTo(result.get("events").get(0).asText());
    assertThat(received).allSatisfy(d -> assertThat(d.verifies(SECRET)).isTrue());
    assertThat(received).allSatisfy(d -> assertThat(d.answered()).isEqualTo(204));
  }

  @Test
  void lateDeliveryCarriesATimestampTenMinutesOld() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    JsonNode result = complete(id, "paid", "late");

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).hasSize(1);
    Delivery late = received.get(0);
    assertThat(late.verifies(SECRET)).isTrue(); // correctly signed, but stale
    assertThat(Instant.now().getEpochSecond() - late.timestamp())
        .isGreaterThan(5 * 60)
        .isBetween(595L, 610L);
    assertThat(late.answered()).isEqualTo(400);
    JsonNode delivery = result.get("deliveries").get(0);
    assertThat(delivery.get("status").asInt()).isEqualTo(400);
    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
  }

  @Test
  void forgedDeliveryFailsVerificationWithTheRightSecret() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    JsonNode result = complete(id, "declined", "forged");

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).verifies(SECRET)).isFalse();
    assertThat(received.get(0).json().get("type").asText()).isEqualTo("charge.declined");
    assertThat(result.get("deliveries").get(0).get("status").asInt()).isEqualTo(401);
  }

  @Test
  void outOfOrderSendsTheFinalEventThenAnOlderPendingOne() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    JsonNode result = complete(id, "paid", "out-of-order");
    assertThat(result.get("events")).hasSize(2);
    assertThat(result.get("deliveries")).hasSize(2);

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).hasSize(2);
    assertThat(received).allSatisfy(d -> assertThat(d.verifies(SECRET)).isTrue());
    JsonNode first = received.get(0).json();
    JsonNode second = received.get(1).json();
    assertThat(first.get("type").asText()).isEqualTo("charge.paid");
    assertThat(second.get("type").asText()).isEqualTo("charge.pending");
    assertThat(second.get("id").asText()).isNotEqualTo(first.get("id").asText());
    assertThat(second.get("created").asLong()).isEqualTo(first.get("created").asLong() - 60);
    assertThat(second.get("data").get("status").asText()).isEqualTo("pending");
    assertThat(second.get("data").has("authorization")).isFalse();
    // the charge itself stays paid
    assertThat(json(client.get("/v1/charges/" + id)).get("status").asText()).isEqualTo("paid");
  }

  @Test
  void noneDeliversNothingAndTheEventCanBeResent() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    JsonNode result = complete(id, "paid", "none");
    assertThat(result.get("deliveries")).isEmpty();
    assertThat(receiver.forCharge(id)).isEmpty();

    String eventId = result.get("events").get(0).asText();
    HttpResponse<String> resent = client.control("/sandbox/events/" + eventId + "/resend", "");
    assertThat(resent.statusCode()).isEqualTo(200);
    assertThat(json(resent).get("status").asInt()).isEqualTo(204);
    HttpResponse<String> again = client.control("/sandbox/events/" + eventId + "/resend", "");
    assertThat(json(again).get("eventId").asText()).isEqualTo(eventId);

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).hasSize(2);
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
    assertThat(received.get(0).json().get("id").asText()).isEqualTo(eventId);
    assertThat(received).allSatisfy(d -> assertThat(d.verifies(SECRET)).isTrue());

    assertThat(client.control("/sandbox/events/evt_unknown/resend", "").statusCode())
        .isEqualTo(404);
    // completing twice is refused: the charge is no longer pending
    HttpResponse<String> twice =
        client.control(
            "/sandbox/charges/" + id + "/complete",
            "{\"outcome\":\"paid\",\"delivery\":\"normal\"}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(json(twice).get("error").asText()).isEqualTo("charge_not_pending");
  }

  @Test
  void completeRejectsUnknownOutcomeOrMode() throws Exception {
    String id = newCharge("/hook").get("id").asText();
    assertThat(
            client
                .control("/sandbox/charges/" + id + "/complete", "{\"outcome\":\"maybe\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            client
                .control(
                    "/sandbox/charges/" + id + "/complete",
                    "{\"outcome\":\"paid\",\"delivery\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            client
                .control("/sandbox/charges/ch_nope/complete", "{\"outcome\":\"paid\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(json(client.get("/v1/charges/" + id)).get("status").asText()).isEqualTo("pending");
  }

  // ---- retries
  // -----------------------------------------------------------------------------------

  @Test
  void retriesAfterA500WithOneSecondBackoffThenSucceeds() throws Exception {
    String flaky = "/flaky/1/" + UUID.randomUUID(); // fails once, then answers 204
    String id = newCharge(flaky).get("id").asText();
    JsonNode result = complete(id, "paid", "normal");
    JsonNode delivery = result.get("deliveries").get(0);
    assertThat(delivery.get("status").asInt()).isEqualTo(204);
    assertThat(delivery.get("attempts").asInt()).isEqualTo(2);

    List<Delivery> received = receiver.forCharge(id);
    assertThat(received).extracting(Delivery::answered).containsExactly(500, 204);
    assertThat(received).allSatisfy(d -> assertThat(d.verifies(SECRET)).isTrue());
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
    assertThat(Duration.between(received.get(0).receivedAt(), received.get(1).receivedAt()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));

    String eventId = delivery.get("eventId").asText();
    JsonNode log = json(client.send(client.request("/sandbox/events").GET()));
    List<JsonNode> attempts = new java.util.ArrayList<>();
    log.forEach(
        a -> {
          if (a.get("eventId").asText().equals(eventId)) attempts.add(a);
        });
    assertThat(attempts).extracting(a -> a.get("attempt").asInt()).containsExactly(1, 2);
    assertThat(attempts).extracting(a -> a.get("httpStatus").asInt()).containsExactly(500, 204);
    assertThat(attempts.get(0).get("type").asText()).isEqualTo("charge.paid");
    assertThat(attempts.get(0).get("url").asText()).isEqualTo(receiver.url(flaky));
    Instant.parse(attempts.get(0).get("at").asText());
  }

  @Test
  void givesUpAfterFiveAttemptsWithDoublingBackoff() throws Exception {
    SandboxServer fast =
        SandboxServer.start(
            SandboxConfig.forTests(SECRET, API_KEY).withRetryBackoff(Duration.ofMillis(40)));
    try {
      SandboxClient fastClient = new SandboxClient(fast.publicUrl(), API_KEY);
      String body = chargeBody("PRED-RETRY", "10.00", "/down", "http://127.0.0.1:9/r");
      String id =
          json(fastClient.createCharge(UUID.randomUUID().toString(), body)).get("id").asText();
      long start = System.nanoTime();
      JsonNode result =
          json(
              fastClient.control("/sandbox/charges/" + id + "/complete", "{\"outcome\":\"paid\"}"));
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      JsonNode delivery = result.get("deliveries").get(0);
      assertThat(delivery.get("attempts").asInt()).isEqualTo(5);
      assertThat(delivery.get("status").asInt()).isEqualTo(500);
      assertThat(receiver.forCharge(id)).hasSize(5);
      assertThat(elapsedMs).isGreaterThanOrEqualTo(40 + 80 + 160 + 320);

      // a receiver that is not there: connection errors are retried and recorded too
      String dead =
          chargeJson("PRED-DEAD", "10.00", "http://127.0.0.1:9/hook", "http://127.0.0.1:9/r");
      String deadId =
          json(fastClient.createCharge(UUID.randomUUID().toString(), dead)).get("id").asText();
      JsonNode deadResult =
          json(
              fastClient.control(
                  "/sandbox/charges/" + deadId + "/complete", "{\"outcome\":\"paid\"}"));
      JsonNode deadDelivery = deadResult.get("deliveries").get(0);
      assertThat(deadDelivery.get("attempts").asInt()).isEqualTo(5);
      assertThat(deadDelivery.get("status").isNull()).isTrue();
      assertThat(deadDelivery.get("error").asText()).isNotBlank();
      JsonNode log = json(fastClient.send(fastClient.request("/sandbox/events").GET()));
      assertThat(log).hasSize(10);
    } finally {
      fast.stop();
    }
  }

  // ---- settlement report
  // -------------------------------------------------------------------------

  @Test
  void settlementReportListsTheChargesPaidThatUtcDayWithFees() throws Exception {
    String[][] paid = {
      {"PRED-2020-000001", "1520.00", "2020-02-29T08:00:00Z"},
      {"PRED-2020-000002", "5.00", "2020-02-29T00:00:00Z"},
      {"PRED, con coma", "25.00", "2020-02-29T23:59:59Z"},
      {"PRED-2020-000004", "100.00", "2020-02-28T23:59:59Z"},
      {"PRED-2020-000005", "100.00", "2020-03-01T00:00:00Z"},
    };
    String[] ids = new String[paid.length];
    for (int i = 0; i < paid.length; i++) {
      HttpResponse<String> created =
          client.control(
              "/sandbox/charges",
              "{\"reference\":\"%s\",\"amount\":\"%s\",\"paidAt\":\"%s\"}"
                  .formatted(paid[i][0], paid[i][1], paid[i][2]));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode charge = json(created);
      assertThat(charge.get("status").asText()).isEqualTo("paid");
      ids[i] = charge.get("id").asText() + "," + charge.get("authorization").asText();
    }

    HttpResponse<String> csv = client.get("/v1/settlements/2020-02-29.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.body())
        .isEqualTo(
            "charge_id,reference,amount,currency,authorization,paid_at,fee\n"
                + ids[1].replace(",", ",PRED-2020-000002,5.00,MXN,")
                + ",2020-02-29T00:00:00Z,2.65\n"
                + ids[0].replace(",", ",PRED-2020-000001,1520.00,MXN,")
                + ",2020-02-29T08:00:00Z,46.58\n"
                + ids[2].replace(",", ",\"PRED, con coma\",25.00,MXN,")
                + ",2020-02-29T23:59:59Z,3.23\n");

    HttpResponse<String> empty = client.get("/v1/settlements/1999-01-01.csv");
    assertThat(empty.body())
        .isEqualTo("charge_id,reference,amount,currency,authorization,paid_at,fee\n");
    assertThat(client.get("/v1/settlements/2020-02-30.csv").statusCode()).isEqualTo(400);
  }

  @Test
  void feeIsTwoPointNinePercentPlusTwoFiftyRoundedHalfUp() {
    assertThat(Gateway.fee(new java.math.BigDecimal("1520.00"))).hasToString("46.58");
    assertThat(Gateway.fee(new java.math.BigDecimal("5.00"))).hasToString("2.65"); // 2.645
    assertThat(Gateway.fee(new java.math.BigDecimal("25.00"))).hasToString("3.23"); // 3.225
    assertThat(Gateway.fee(new java.math.BigDecimal("0.01"))).hasToString("2.50"); // 2.50029
    assertThat(Gateway.fee(new java.math.BigDecimal("100.50"))).hasToString("5.41"); // 5.4145
  }
}
