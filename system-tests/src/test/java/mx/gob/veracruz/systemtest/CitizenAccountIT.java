package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Citizen accounts through the app's API, end to end against the deployed EAR: sign-up, the e-mail
 * link, tokens, the CURP verified with a counter code, "mis trámites" across predial and SIRC, an
 * IDOR sweep of every {@code /api/v1/mi} path with a second citizen, refused tokens (forged,
 * tampered, revoked, replayed refresh), lock-out, staff API tokens with scopes and their rate limit
 * hit and recovered, and notices that follow the account's preferences.
 */
class CitizenAccountIT {
  static final String MAIL_API = System.getProperty("it.mailApi", "http://127.0.0.1:21089");
  static final String GATEWAY = System.getProperty("it.gateway", "http://127.0.0.1:21095");
  static final String PASSWORD = "Jarocha.Sol-2026";

  /**
   * Owners of predios with receipts in the seeded small demo (the same two are the identity
   * provider's demo citizens, config/keycloak/llave-realm.json).
   */
  static final String CURP_A = "AENC660918HVZRNS06";

  static final String CURP_B = "CAGN850408MVZRLC04";

  /** A citizen of the test: e-mail and the current token pair. */
  record Citizen(String email, String access, String refresh) {
    String[] bearer() {
      return new String[] {"Authorization", "Bearer " + access};
    }
  }

  @Test
  void signUpVerifyCounterCodeAndMisTramitesWithAnIdorSweep() throws Exception {
    Http anon = new Http();
    // A weak password is refused with one error on its field; nothing is created.
    String emailA = unique("ana");
    HttpResponse<String> weak =
        anon.postJson("/api/v1/cuenta/registro", signUp(emailA, "veracruz123"));
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(Http.json(weak).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
    assertThat(inbox(emailA)).isEmpty();

    Citizen a = signUpAndVerify(emailA);
    JsonObject me = Http.json(anon.get("/api/v1/mi", a.bearer()));
    assertThat(me.getString("email")).isEqualTo(emailA);
    assertThat(me.getString("status")).isEqualTo("ACTIVA");
    assertThat(me.containsKey("curpVerifiedBy")).isFalse();

    // Declared but not verified: no predio shows.
    HttpResponse<String> declared =
        anon.send("PUT", "/api/v1/mi/curp", "{\"curp\":\"" + CURP_A + "\"}", a.bearer());
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
    assertThat(kinds(items(anon, a))).doesNotContain("PREDIO", "RECIBO");

    // The counter: a clerk finds the account and issues the code after seeing the ID.
    Http clerk = new Http().login("atencion", "Demo.2026!");
    String code = counterCode(clerk, emailA, CURP_A);
    HttpResponse<String> wrong =
        anon.postJson("/api/v1/mi/curp/verificacion", "{\"codigo\":\"AAAAA-AAAAA\"}", a.bearer());
    assertThat(wrong.statusCode()).isEqualTo(422);
    HttpResponse<String> right =
        anon.postJson("/api/v1/mi/curp/verificacion", "{\"codigo\":\"" + code + "\"}", a.bearer());
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    assertThat(Http.json(right).getString("curpVerifiedBy")).isEqualTo("VENTANILLA");
    // A code is used once.
    assertThat(
            anon.postJson(
                    "/api/v1/mi/curp/verificacion", "{\"codigo\":\"" + code + "\"}", a.bearer())
                .statusCode())
        .isEqualTo(422);

    List<JsonObject> itemsA = items(anon, a);
    JsonObject predio = first(itemsA, "PREDIO");
    JsonObject receipt = first(itemsA, "RECIBO");
    assertThat(predio.getString("module")).isEqualTo("predial");
    // Money travels as a decimal string (the API's JSON-B configuration), never a binary float.
    assertThat(new java.math.BigDecimal(receipt.getString("amount"))).isPositive();
    HttpResponse<byte[]> pdf =
        anon.getBytes(
            "/api/v1/mi/documentos/predial/" + receipt.getString("reference"), a.bearer());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    // A files a report from the app: it is theirs.
    String folio = fileReport(anon, a);
    assertThat(items(anon, a).stream().map(i -> i.getString("reference"))).contains(folio);

    // A second citizen with another verified CURP: none of A's things, by any path.
    Citizen b = signUpAndVerify(unique("beto"));
    anon.send("PUT", "/api/v1/mi/curp", "{\"curp\":\"" + CURP_B + "\"}", b.bearer());
    String codeB = counterCode(clerk, b.email(), CURP_B);
    assertThat(
            anon.postJson(
                    "/api/v1/mi/curp/verificacion", "{\"codigo\":\"" + codeB + "\"}", b.bearer())
                .statusCode())
        .isEqualTo(200);
    List<String> refsB = items(anon, b).stream().map(i -> i.getString("reference")).toList();
    assertThat(refsB)
        .isNotEmpty()
        .doesNotContain(folio, receipt.getString("reference"), predio.getString("reference"));
    for (String path :
        List.of(
            "/api/v1/mi/tramites/predial/" + receipt.getString("reference"),
            "/api/v1/mi/tramites/predial/" + predio.getString("reference"),
            "/api/v1/mi/tramites/sirc/" + folio,
            "/api/v1/mi/documentos/predial/" + receipt.getString("reference"))) {
      HttpResponse<String> r = anon.get(path, b.bearer());
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain(emailA, CURP_A);
    }
    // Devices: A's device id is not B's to delete.
    HttpResponse<String> device =
        anon.postJson(
            "/api/v1/mi/dispositivos",
            "{\"plataforma\":\"ANDROID\",\"token\":\"fcm-" + UUID.randomUUID() + "\"}",
            a.bearer());
    assertThat(device.statusCode()).as(device.body()).isEqualTo(201);
    long deviceId = Http.json(device).getJsonNumber("id").longValue();
    assertThat(
            anon.send("DELETE", "/api/v1/mi/dispositivos/" + deviceId, null, b.bearer())
                .statusCode())
        .isEqualTo(404);
    assertThat(anon.get("/api/v1/mi/dispositivos", a.bearer()).body())
        .contains("\"id\":" + deviceId);
    // The paths that take nothing of another's answer only with the caller's own data.
    for (String path :
        List.of(
            "/api/v1/mi",
            "/api/v1/mi/tramites",
            "/api/v1/mi/preferencias",
            "/api/v1/mi/dispositivos",
            "/api/v1/mi/avisos")) {
      HttpResponse<String> r = anon.get(path, b.bearer());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).doesNotContain(emailA, folio, receipt.getString("reference"));
      assertThat(anon.get(path).statusCode()).as("sin token " + path).isEqualTo(401);
    }
    // A citizen's token reaches no staff endpoint.
    for (String path :
        List.of(
            "/api/v1/predial/pagos?desde=2026-01-01&hasta=2026-01-31",
            "/api/v1/cuentas?q=" + emailA,
            "/api/v1/cuentas/tokens",
            "/api/v1/ciudadanos?q=A",
            "/api/v1/predial/conciliaciones?fecha=2026-01-02",
            "/api/v1/kpi/hechos?indicador=sirc.recibidos&dimension=TOTAL&desde=2026-01-01&hasta=2026-01-31")) {
      HttpResponse<String> r = anon.get(path, a.bearer());
      assertThat(r.statusCode()).as(path).isIn(403, 404);
      assertThat(r.body()).as(path).doesNotContain(CURP_B);
    }
  }

  @Test
  void refusedTokensRotationReplayAndRevocation() throws Exception {
    Http anon = new Http();
    Citizen a = signUpAndVerify(unique("tokens"));
    assertThat(anon.get("/api/v1/mi", a.bearer()).statusCode()).isEqualTo(200);

    // Forged: the payload changed, the signature kept; "none"; garbage.
    String[] parts = a.access().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    Matcher sub = Pattern.compile("cuenta:(\\d+)").matcher(payload);
    assertThat(sub.find()).isTrue();
    String other = payload.replace(sub.group(), "cuenta:" + (Long.parseLong(sub.group(1)) + 1));
    String forged = parts[0] + "." + b64(other) + "." + parts[2];
    String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    for (String bad : List.of(forged, none, "eyJhbGciOiJSUzI1NiJ9.e30.x", "vcs_nope")) {
      HttpResponse<String> r = anon.get("/api/v1/mi", "Authorization", "Bearer " + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(401);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    // Rotation: a refresh gives a new pair; presenting the used one again revokes the family.
    HttpResponse<String> r1 =
        anon.postJson(
            "/api/v1/cuenta/token",
            "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + a.refresh() + "\"}");
    assertThat(r1.statusCode()).as(r1.body()).isEqualTo(200);
    Citizen rotated =
        new Citizen(
            a.email(),
            Http.json(r1).getString("access_token"),
            Http.json(r1).getString("refresh_token"));
    assertThat(rotated.refresh()).isNotEqualTo(a.refresh());
    assertThat(anon.get("/api/v1/mi", rotated.bearer()).statusCode()).isEqualTo(200);
    HttpResponse<String> replay =
        anon.postJson(
            "/api/v1/cuenta/token",
            "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + a.refresh() + "\"}");
    assertThat(replay.statusCode()).isEqualTo(401);
    // The replay revoked the newer refresh token and the access tokens issued before it.
    assertThat(
            anon.postJson(
                    "/api/v1/cuenta/token",
                    "{\"grant_type\":\"refresh_token\",\"refresh_token\":\""
                        + rotated.refresh()
                        + "\"}")
                .statusCode())
        .isEqualTo(401);
    assertThat(anon.get("/api/v1/mi", rotated.bearer()).statusCode()).isEqualTo(401);

    // Sign in again, then log out from the app: the access token is refused at once.
    Citizen again = passwordGrant(anon, a.email());
    assertThat(anon.get("/api/v1/mi", again.bearer()).statusCode()).isEqualTo(200);
    assertThat(
            anon.postJson(
                    "/api/v1/cuenta/token/revocacion", "{\"token\":\"" + again.refresh() + "\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(anon.get("/api/v1/mi", again.bearer()).statusCode()).isEqualTo(401);

    // The JWKS publishes the key that verifies the tokens (RS256, by kid).
    JsonObject jwks = Http.json(anon.get("/api/v1/cuenta/jwks.json"));
    String kid =
        Json.createReader(
                new StringReader(
                    new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)))
            .readObject()
            .getString("kid");
    assertThat(jwks.getJsonArray("keys").getValuesAs(JsonObject.class))
        .anySatisfy(
            k -> {
              assertThat(k.getString("kid")).isEqualTo(kid);
              assertThat(k.containsKey("d")).as("no private part").isFalse();
            });
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndMailItsOwner() throws Exception {
    Http anon = new Http();
    Citizen a = signUpAndVerify(unique("bloqueo"));
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r =
          anon.postJson(
              "/api/v1/cuenta/token",
              "{\"grant_type\":\"password\",\"email\":\""
                  + a.email()
                  + "\",\"password\":\"Equivocada-"
                  + i
                  + "\"}");
      assertThat(r.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> locked =
        anon.postJson(
            "/api/v1/cuenta/token",
            "{\"grant_type\":\"password\",\"email\":\""
                + a.email()
                + "\",\"password\":\""
                + PASSWORD
                + "\"}");
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(Http.json(locked).getString("detail")).contains("bloqueada");
    // The lock-out also ended the app's session.
    assertThat(anon.get("/api/v1/mi", a.bearer()).statusCode()).isEqualTo(401);
    assertThat(waitForMail(a.email(), "bloqueada")).isNotNull();
  }

  @Test
  void staffApiTokensHaveScopesARateLimitAndCanBeRevoked() throws Exception {
    Http admin = new Http().login("admin", "Demo.2026!");
    String expires = LocalDate.now().plusMonths(1).toString();
    // Scopes beyond the user's roles are refused.
    HttpResponse<String> tooMuch =
        admin.postJson(
            "/api/v1/cuentas/tokens",
            "{\"usuario\":\"finanzas\",\"nombre\":\"Banco\",\"alcances\":[\"ADMIN\"],\"vence\":\""
                + expires
                + "\",\"limitePorMinuto\":5}");
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    HttpResponse<String> issued =
        admin.postJson(
            "/api/v1/cuentas/tokens",
            "{\"usuario\":\"finanzas\",\"nombre\":\"Conciliador del banco\",\"alcances\":[\"FINANZAS\"],\"vence\":\""
                + expires
                + "\",\"limitePorMinuto\":5}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String secret = Http.json(issued).getString("secret");
    long id = Http.json(issued).getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(secret).startsWith("vcs_");
    assertThat(admin.get("/api/v1/cuentas/tokens").body()).doesNotContain(secret);

    Http integration = new Http();
    String[] bearer = {"Authorization", "Bearer " + secret};
    String payments = "/api/v1/predial/pagos?desde=2026-01-01&hasta=2026-12-31&tamano=1";
    // Its scope (FINANZAS) reaches the payments, not what only ADMIN may.
    assertThat(integration.get("/api/v1/cuentas/tokens", bearer).statusCode()).isEqualTo(403);
    int ok = 1; // the 403 above counted
    HttpResponse<String> last = null;
    for (int i = 0; i < 10; i++) {
      last = integration.get(payments, bearer);
      if (last.statusCode() != 200) {
        break;
      }
      ok++;
    }
    assertThat(ok).isEqualTo(5);
    assertThat(last.statusCode()).isEqualTo(429);
    long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retry).isBetween(1L, 60L);
    assertThat(Http.json(last).getInt("status")).isEqualTo(429);
    // Recovered once the window the server named has passed (waiting on its Retry-After).
    Thread.sleep(Duration.ofSeconds(retry).toMillis() + 200);
    assertThat(integration.get(payments, bearer).statusCode()).isEqualTo(200);

    // Revoked: refused at the next request.
    assertThat(admin.send("DELETE", "/api/v1/cuentas/tokens/" + id, null).statusCode())
        .isEqualTo(200);
    assertThat(integration.get(payments, bearer).statusCode()).isEqualTo(401);
  }

  @Test
  void noticesFollowTheAccountsPreferences() throws Exception {
    Http anon = new Http();
    Citizen a = signUpAndVerify(unique("avisos"));
    // Push needs a device; SMS a phone.
    assertThat(
            anon.send(
                    "PUT",
                    "/api/v1/mi/preferencias",
                    "{\"email\":false,\"sms\":false,\"push\":true}",
                    a.bearer())
                .statusCode())
        .isEqualTo(422);
    String pushToken = "fcm-" + UUID.randomUUID();
    anon.postJson(
        "/api/v1/mi/dispositivos",
        "{\"plataforma\":\"ANDROID\",\"token\":\"" + pushToken + "\"}",
        a.bearer());
    assertThat(
            anon.send(
                    "PUT",
                    "/api/v1/mi/preferencias",
                    "{\"email\":false,\"sms\":true,\"push\":true,\"telefono\":\"229 123 4567\"}",
                    a.bearer())
                .statusCode())
        .isEqualTo(200);
    int mailsBefore = inbox(a.email()).size();
    String folio = fileReport(anon, a);

    // The filing notice went by push and SMS (the sandbox received them), not by e-mail.
    List<JsonObject> sent = sandboxMessages();
    assertThat(sent)
        .anySatisfy(
            m -> {
              assertThat(m.getString("channel")).isEqualTo("PUSH");
              assertThat(m.getString("token")).isEqualTo(pushToken);
              assertThat(m.getString("title")).contains(folio);
            });
    assertThat(sent)
        .anySatisfy(
            m -> {
              assertThat(m.getString("channel")).isEqualTo("SMS");
              assertThat(m.getString("to")).isEqualTo("2291234567");
            });
    assertThat(inbox(a.email())).hasSize(mailsBefore);
    JsonObject history = Http.json(anon.get("/api/v1/mi/avisos", a.bearer()));
    assertThat(history.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("channel") + ":" + n.getString("outcome"))
        .contains("PUSH:ENVIADO", "SMS:ENVIADO")
        .doesNotContain("EMAIL:ENVIADO");
  }

  // ---------------------------------------------------------------------------------------------

  static String unique(String who) {
    return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  static String signUp(String email, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("nombre", "Ciudadana de Prueba")
        .add("password", password)
        .build()
        .toString();
  }

  /** Signs up, opens the link of the mail, and signs in: the account's first token pair. */
  static Citizen signUpAndVerify(String email) throws Exception {
    Http anon = new Http();
    HttpResponse<String> r = anon.postJson("/api/v1/cuenta/registro", signUp(email, PASSWORD));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    String body = waitForMail(email, "Confirme su correo");
    Matcher link = Pattern.compile("(/cuenta/verificar\\.xhtml\\?t=[A-Za-z0-9_-]+)").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    // Not yet: the e-mail is not confirmed.
    assertThat(
            anon.postJson(
                    "/api/v1/cuenta/token",
                    "{\"grant_type\":\"password\",\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + PASSWORD
                        + "\"}")
                .statusCode())
        .isEqualTo(422);
    HttpResponse<String> page = new Http().get(link.group(1));
    assertThat(page.body()).contains("id=\"verified\"");
    return passwordGrant(anon, email);
  }

  static Citizen passwordGrant(Http http, String email) throws Exception {
    HttpResponse<String> t =
        http.postJson(
            "/api/v1/cuenta/token",
            "{\"grant_type\":\"password\",\"email\":\""
                + email
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"client\":\"it\"}");
    assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
    JsonObject j = Http.json(t);
    assertThat(j.getString("token_type")).isEqualTo("Bearer");
    return new Citizen(email, j.getString("access_token"), j.getString("refresh_token"));
  }

  static String counterCode(Http clerk, String email, String curp) throws Exception {
    HttpResponse<String> found = clerk.get("/api/v1/cuentas?q=" + email);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonArray accounts = Json.createReader(new StringReader(found.body())).readArray();
    assertThat(accounts).hasSize(1);
    long id = accounts.getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> c =
        clerk.postJson(
            "/api/v1/cuentas/" + id + "/codigo-ventanilla",
            "{\"curp\":\"" + curp + "\",\"identificacion\":\"INE\",\"terminacion\":\"1234\"}");
    assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
    return Http.json(c).getString("code");
  }

  static String fileReport(Http http, Citizen c) throws Exception {
    HttpResponse<String> r =
        http.postJson(
            "/api/v1/mi/reportes",
            "{\"servicio\":\"BACHE\",\"lat\":19.1985,\"lon\":-96.1365,\"descripcion\":\"Bache de prueba\",\"respuestas\":{\"tamano\":[\"grande\"],\"riesgo\":[\"autos\"]}}",
            c.bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getString("folio");
  }

  static List<JsonObject> items(Http http, Citizen c) throws Exception {
    HttpResponse<String> r = http.get("/api/v1/mi/tramites", c.bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.createReader(new StringReader(r.body())).readArray().getValuesAs(JsonObject.class);
  }

  static List<String> kinds(List<JsonObject> items) {
    return items.stream().map(i -> i.getString("kind")).toList();
  }

  static JsonObject first(List<JsonObject> items, String kind) {
    return items.stream()
        .filter(i -> i.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("sin " + kind + " en " + items));
  }

  static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The decoded text bodies of the mails of an address. */
  static List<String> inbox(String email) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(MAIL_API + "/api/user/" + email + "/messages/INBOX"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return List.of();
    }
    List<String> bodies = new ArrayList<>();
    for (JsonValue v : Json.createReader(new StringReader(r.body())).readArray()) {
      String raw = ((JsonObject) v).getString("mimeMessage");
      int split = raw.indexOf("\r\n\r\n");
      bodies.add(raw.substring(0, split) + "\n" + quotedPrintable(raw.substring(split + 4)));
    }
    return bodies;
  }

  /** The mails are text/plain in quoted-printable (what Jakarta Mail writes for UTF-8). */
  static String quotedPrintable(String body) {
    String joined = body.replace("=\r\n", "");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char ch = joined.charAt(i);
      if (ch == '=' && i + 2 < joined.length()) {
        out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(ch);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Waits (up to 20 s, polling the sink) for a mail whose subject or body contains the text. */
  static String waitForMail(String email, String containing) throws Exception {
    long until = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < until) {
      for (String m : inbox(email)) {
        if (m.contains(containing)) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "no llegó el correo '" + containing + "' a " + email + ": " + inbox(email));
  }

  static List<JsonObject> sandboxMessages() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/mensajes/v1/enviados"))
                    .header("Authorization", "Bearer sandbox-api-key")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(r.body())).readArray().getValuesAs(JsonObject.class);
  }
}
