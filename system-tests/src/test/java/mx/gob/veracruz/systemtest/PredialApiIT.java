package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The property-tax API of the deployed EAR, paying through the gateway sandbox the domain runs
 * (same HTTP protocol as the real gateway): signed callbacks, duplicates, forgeries, late and
 * out-of-order deliveries, receipts and their public verification.
 */
class PredialApiIT {
  static final String GATEWAY = System.getProperty("it.gateway", "http://127.0.0.1:21095");
  static final String TOKEN = "X-Predial-Token";

  /** Demo predios that owe something today, with an owner's CURP: clave|curp. */
  private static final List<String[]> DEBTORS = new ArrayList<>();

  @BeforeAll
  static void findDebtors() throws Exception {
    Http staff = new Http().login("finanzas", "Demo.2026!");
    JsonObject page = Http.json(staff.get("/api/v1/predial/predios?tamano=60"));
    for (var item : page.getJsonArray("items")) {
      long id = item.asJsonObject().getJsonNumber("id").longValue();
      JsonObject st = Http.json(staff.get("/api/v1/predial/predios/" + id + "/estado-cuenta"));
      if (!st.getString("total").equals("0.00")) {
        JsonObject detail = Http.json(staff.get("/api/v1/predial/predios/" + id));
        var owner = detail.getJsonArray("owners").getJsonObject(0);
        if (!owner.isNull("curp")) {
          DEBTORS.add(new String[] {detail.getString("claveCatastral"), owner.getString("curp")});
        }
      }
    }
    assertThat(DEBTORS).as("demo predios with debt").hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void lookupNeedsAValidClaveAndTheSecondFactor() throws Exception {
    Http citizen = new Http();
    HttpResponse<String> malformed =
        citizen.postJson(
            "/api/v1/predial/consultas", "{\"claveCatastral\":\"193-12\",\"verificacion\":\"X\"}");
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(malformed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Http.json(malformed).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("claveCatastral");
    HttpResponse<String> wrong =
        citizen.postJson(
            "/api/v1/predial/consultas",
            "{\"claveCatastral\":\""
                + DEBTORS.get(0)[0]
                + "\",\"verificacion\":\"HEGG560427MVZRRL04\"}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Http.json(wrong).getString("type")).endsWith("/verificacion-fallida");
    assertThat(citizen.get("/api/v1/predial/estado-cuenta").statusCode()).isEqualTo(401);
    String token = token(DEBTORS.get(0));
    JsonObject st = Http.json(citizen.get("/api/v1/predial/estado-cuenta", TOKEN, token));
    assertThat(st.getString("total")).matches("\\d+\\.\\d{2}");
    assertThat(st.getJsonArray("lines").getJsonObject(0).getString("explanation"))
        .contains("Impuesto");
  }

  @Test
  void aBankSlipIsIssuedAsPdfWithACheckedReference() throws Exception {
    Http citizen = new Http();
    String token = token(DEBTORS.get(1));
    HttpResponse<String> r =
        citizen.postJson("/api/v1/predial/formatos", "{\"banco\":\"BBVA\"}", TOKEN, token);
    assertThat(r.statusCode()).isEqualTo(201);
    String ref = Http.json(r).getString("reference");
    assertThat(ref).matches("\\d{17}");
    HttpResponse<byte[]> pdf =
        citizen.getBytes("/api/v1/predial/formatos/" + ref + ".pdf", TOKEN, token);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(
            citizen
                .postJson("/api/v1/predial/formatos", "{\"banco\":\"NOEXISTE\"}", TOKEN, token)
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void aCardPaymentIsAppliedOnceFromTheSignedCallbackEvenWhenDeliveredTwice() throws Exception {
    Http citizen = new Http();
    String token = token(DEBTORS.get(2));
    String key = UUID.randomUUID().toString();
    JsonObject charge = startCharge(citizen, token, key);
    assertThat(startCharge(citizen, token, key).getString("chargeId"))
        .isEqualTo(charge.getString("chargeId"));
    JsonObject done = complete(charge.getString("chargeId"), "paid", "duplicate");
    assertThat(done.getJsonArray("deliveries").stream().map(d -> d.asJsonObject().getInt("status")))
        .containsExactly(200, 200);
    JsonObject status =
        Http.json(
            citizen.get(
                "/api/v1/predial/pagos-en-linea/" + charge.getString("chargeId"), TOKEN, token));
    assertThat(status.getString("status")).isEqualTo("PAGADO");
    String folio = status.getString("receiptFolio");
    assertThat(
            Http.json(citizen.get("/api/v1/predial/estado-cuenta", TOKEN, token))
                .getString("total"))
        .isEqualTo("0.00");
    assertThat(citizen.get("/api/v1/predial/recibos", TOKEN, token).body()).contains(folio);
    HttpResponse<byte[]> pdf =
        citizen.getBytes("/api/v1/predial/recibos/" + folio + ".pdf", TOKEN, token);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    JsonObject check =
        Http.json(
            new Http()
                .get(
                    "/api/v1/predial/recibos/"
                        + folio
                        + "/verificacion?c="
                        + status.getString("verificationCode")));
    assertThat(check.getBoolean("valid")).isTrue();
    assertThat(check.toString())
        .doesNotContain(DEBTORS.get(2)[1])
        .doesNotContain(DEBTORS.get(2)[0]);
    assertThat(
            Http.json(new Http().get("/api/v1/predial/recibos/" + folio + "/verificacion?c=falso"))
                .getBoolean("valid"))
        .isFalse();
  }

  @Test
  void forgedAndLateCallbacksAreRefusedAndChangeNothing() throws Exception {
    Http citizen = new Http();
    String token = token(DEBTORS.get(3));
    String total =
        Http.json(citizen.get("/api/v1/predial/estado-cuenta", TOKEN, token)).getString("total");
    JsonObject charge = startCharge(citizen, token, UUID.randomUUID().toString());
    JsonObject forged = complete(charge.getString("chargeId"), "paid", "forged");
    assertThat(forged.getJsonArray("deliveries").getJsonObject(0).getInt("status")).isEqualTo(400);
    String id = charge.getString("chargeId");
    assertThat(
            Http.json(citizen.get("/api/v1/predial/pagos-en-linea/" + id, TOKEN, token))
                .getString("status"))
        .isEqualTo("PENDIENTE");
    assertThat(
            Http.json(citizen.get("/api/v1/predial/estado-cuenta", TOKEN, token))
                .getString("total"))
        .isEqualTo(total);
    // the genuine event, re-sent by the gateway with a fresh signature, is then applied
    String eventId = forged.getJsonArray("events").getString(0);
    HttpResponse<String> resent =
        new Http().postJson(GATEWAY + "/sandbox/events/" + eventId + "/resend", "{}");
    assertThat(Http.json(resent).getInt("status")).isEqualTo(200);
    assertThat(
            Http.json(citizen.get("/api/v1/predial/pagos-en-linea/" + id, TOKEN, token))
                .getString("status"))
        .isEqualTo("PAGADO");

    String token2 = token(DEBTORS.get(4));
    JsonObject charge2 = startCharge(citizen, token2, UUID.randomUUID().toString());
    JsonObject late = complete(charge2.getString("chargeId"), "paid", "late");
    assertThat(late.getJsonArray("deliveries").getJsonObject(0).getInt("status")).isEqualTo(400);
    assertThat(
            Http.json(
                    citizen.get(
                        "/api/v1/predial/pagos-en-linea/" + charge2.getString("chargeId"),
                        TOKEN,
                        token2))
                .getString("status"))
        .isEqualTo("PENDIENTE");
  }

  @Test
  void anOlderEventArrivingAfterThePaymentDoesNotUndoIt() throws Exception {
    Http citizen = new Http();
    String token = token(DEBTORS.get(5));
    JsonObject charge = startCharge(citizen, token, UUID.randomUUID().toString());
    JsonObject done = complete(charge.getString("chargeId"), "paid", "out-of-order");
    assertThat(done.getJsonArray("deliveries").stream().map(d -> d.asJsonObject().getInt("status")))
        .containsExactly(200, 200);
    assertThat(
            Http.json(
                    citizen.get(
                        "/api/v1/predial/pagos-en-linea/" + charge.getString("chargeId"),
                        TOKEN,
                        token))
                .getString("status"))
        .isEqualTo("PAGADO");
  }

  @Test
  void theSecondFactorIsTheReceiptsVerificationCodeNotItsSequentialFolio() throws Exception {
    String[] debtor = DEBTORS.get(6);
    Http citizen = new Http();
    String token = token(debtor);
    JsonObject charge = startCharge(citizen, token, UUID.randomUUID().toString());
    complete(charge.getString("chargeId"), "paid", "normal");
    JsonObject paid =
        Http.json(
            citizen.get(
                "/api/v1/predial/pagos-en-linea/" + charge.getString("chargeId"), TOKEN, token));
    assertThat(paid.getString("status")).isEqualTo("PAGADO");
    // The folio is sequential (PRED-2026-00000N) and printed everywhere: it opens nothing.
    HttpResponse<String> byFolio = lookup(debtor[0], paid.getString("receiptFolio"));
    assertThat(byFolio.statusCode()).isEqualTo(422);
    assertThat(lookup(debtor[0], paid.getString("verificationCode")).statusCode()).isEqualTo(200);
    // An unknown clave and a wrong factor give the very same answer (no oracle of which claves
    // exist).
    String unknownClave = debtor[0].substring(0, debtor[0].length() - 3) + "987";
    HttpResponse<String> unknown = lookup(unknownClave, debtor[1]);
    assertThat(unknown.statusCode()).isEqualTo(byFolio.statusCode());
    assertThat(Http.json(unknown).getString("type"))
        .isEqualTo(Http.json(byFolio).getString("type"));
    assertThat(Http.json(unknown).getString("detail"))
        .isEqualTo(Http.json(byFolio).getString("detail"));
  }

  @Test
  void guessingTheSecondFactorIsThrottledPerClaveWith429AndRetryAfter() throws Exception {
    String[] debtor = DEBTORS.get(7);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r = lookup(debtor[0], String.format("PRED-2026-%06d", i + 1));
      assertThat(r.statusCode()).as("intento " + (i + 1) + ": " + r.body()).isEqualTo(422);
    }
    // The sixth attempt is refused before the factor is compared: even the owner's own CURP waits.
    HttpResponse<String> blocked = lookup(debtor[0], debtor[1]);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Http.json(blocked).getString("type")).endsWith("/demasiados-intentos");
    long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 15L * 60);
    // Another predio is not affected by this clave's lock.
    assertThat(lookup(DEBTORS.get(8)[0], DEBTORS.get(8)[1]).statusCode()).isEqualTo(200);
  }

  @Test
  void theReturnUrlIsAllowListedAndTheReturnPageShowsOnlyTheState() throws Exception {
    Http citizen = new Http();
    String token = token(DEBTORS.get(9));
    for (String evil :
        List.of(
            "https://evil.example/predial/pago.xhtml",
            Http.BASE + "/predial/pago.xhtml/../../x",
            "https://evil.example@localhost/predial/pago.xhtml",
            "javascript:alert(1)")) {
      HttpResponse<String> r =
          citizen.postJson(
              "/api/v1/predial/pagos-en-linea",
              "{\"returnUrl\":\"" + evil + "\"}",
              TOKEN,
              token,
              "Idempotency-Key",
              UUID.randomUUID().toString());
      assertThat(r.statusCode()).as(evil + ": " + r.body()).isEqualTo(422);
      assertThat(Http.json(r).getString("type")).endsWith("/url-retorno-no-permitida");
    }
    JsonObject charge = startCharge(citizen, token, UUID.randomUUID().toString());
    complete(charge.getString("chargeId"), "paid", "normal");
    // Anyone holding the charge id (history, logs, a shared link) sees the state, never the receipt
    // or the code.
    HttpResponse<String> page =
        new Http().get("/predial/pago.xhtml?charge=" + charge.getString("chargeId"));
    assertThat(page.statusCode()).isEqualTo(200);
    String code =
        Http.json(
                citizen.get(
                    "/api/v1/predial/pagos-en-linea/" + charge.getString("chargeId"), TOKEN, token))
            .getString("verificationCode");
    assertThat(page.body())
        .contains("receipt-folio")
        .doesNotContain("download-receipt")
        .doesNotContain(code)
        .doesNotContain(DEBTORS.get(9)[1]);
  }

  @Test
  void aSlipLookupGivesOneAnswerForAMalformedAnUnknownAndAnotherPrediosReference()
      throws Exception {
    Http citizen = new Http();
    String mine = token(DEBTORS.get(10));
    String theirs = token(DEBTORS.get(11));
    String theirRef =
        Http.json(
                citizen.postJson("/api/v1/predial/formatos", "{\"banco\":\"BBVA\"}", TOKEN, theirs))
            .getString("reference");
    String badDigit =
        theirRef.substring(0, theirRef.length() - 1)
            + ((theirRef.charAt(theirRef.length() - 1) - '0' + 1) % 10);
    List<HttpResponse<byte[]>> answers = new ArrayList<>();
    for (String ref : List.of(theirRef, badDigit, "12345")) {
      answers.add(citizen.getBytes("/api/v1/predial/formatos/" + ref + ".pdf", TOKEN, mine));
    }
    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(404));
    assertThat(
            answers.stream()
                .map(
                    a ->
                        jakarta.json.Json.createReader(
                                new java.io.StringReader(
                                    new String(a.body(), StandardCharsets.UTF_8)))
                            .readObject()
                            .getString("detail"))
                .distinct())
        .hasSize(1);
  }

  private static HttpResponse<String> lookup(String clave, String factor) throws Exception {
    return new Http()
        .postJson(
            "/api/v1/predial/consultas",
            "{\"claveCatastral\":\"" + clave + "\",\"verificacion\":\"" + factor + "\"}");
  }

  private static String token(String[] debtor) throws Exception {
    HttpResponse<String> r =
        new Http()
            .postJson(
                "/api/v1/predial/consultas",
                "{\"claveCatastral\":\""
                    + debtor[0]
                    + "\",\"verificacion\":\""
                    + debtor[1]
                    + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r).getString("token");
  }

  private static JsonObject startCharge(Http citizen, String token, String key) throws Exception {
    HttpResponse<String> r =
        citizen.postJson(
            "/api/v1/predial/pagos-en-linea",
            "{\"returnUrl\":\"" + Http.BASE + "/predial/pago.xhtml\"}",
            TOKEN,
            token,
            "Idempotency-Key",
            key);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r);
  }

  private static JsonObject complete(String chargeId, String outcome, String delivery)
      throws Exception {
    HttpResponse<String> r =
        new Http()
            .postJson(
                GATEWAY + "/sandbox/charges/" + chargeId + "/complete",
                "{\"outcome\":\"" + outcome + "\",\"delivery\":\"" + delivery + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r);
  }
}
