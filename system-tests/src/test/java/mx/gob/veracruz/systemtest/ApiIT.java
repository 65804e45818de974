package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The REST API of the deployed EAR: problem+json for every failure, roles, paging. */
class ApiIT {

  @Test
  void staffEndpointsWithoutASessionAnswer401ProblemJson() throws Exception {
    HttpResponse<String> r = new Http().get("/api/v1/ciudadanos");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject p = Http.json(r);
    assertThat(p.getString("type")).endsWith("/no-autenticado");
    assertThat(p.getInt("status")).isEqualTo(401);
    assertThat(p.getString("correlationId")).isNotBlank();
  }

  @Test
  void aRoleThatMayNotUseTheRegistryGets403() throws Exception {
    HttpResponse<String> r = new Http().login("finanzas", "Demo.2026!").get("/api/v1/ciudadanos");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Http.json(r).getString("type")).endsWith("/sin-permiso");
  }

  @Test
  void invalidCitizenDataIs422WithFieldErrorsAndChangesNothing() throws Exception {
    Http clerk = new Http().login("capturista", "Demo.2026!");
    long before =
        Http.json(clerk.get("/api/v1/ciudadanos?tamano=1")).getJsonNumber("total").longValue();
    HttpResponse<String> r =
        clerk.postJson(
            "/api/v1/ciudadanos",
            "{\"curp\":\"HEGG560427MVZRRL05\",\"nombre\":\"Gloria\",\"primerApellido\":\"Hernández\"}");
    assertThat(r.statusCode()).isEqualTo(422);
    JsonObject p = Http.json(r);
    assertThat(p.getString("type")).endsWith("/curp-invalida");
    assertThat(p.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("curp");
    assertThat(p.getString("detail")).contains("dígito verificador");
    assertThat(
            Http.json(clerk.get("/api/v1/ciudadanos?tamano=1")).getJsonNumber("total").longValue())
        .isEqualTo(before);
  }

  @Test
  void everyInvalidFieldIsListedAtOnce() throws Exception {
    HttpResponse<String> r =
        new Http()
            .login("capturista", "Demo.2026!")
            .postJson(
                "/api/v1/ciudadanos",
                "{\"curp\":\"XX\",\"nombre\":\"\",\"primerApellido\":\"P3rez\",\"email\":\"sin-arroba\",\"telefono\":\"123\"}");
    assertThat(r.statusCode()).isEqualTo(422);
    JsonObject p = Http.json(r);
    assertThat(p.getString("type")).endsWith("/datos-invalidos");
    assertThat(p.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("curp", "nombre", "primerApellido", "email", "telefono");
  }

  @Test
  void registersACitizenWith201AndLocation() throws Exception {
    Http clerk = new Http().login("capturista", "Demo.2026!");
    // A CURP no run has used: the 201 path is checked every time, the duplicate path right after.
    String curp = freshCurp();
    String body =
        "{\"curp\":\""
            + curp
            + "\",\"nombre\":\"Gloria\",\"primerApellido\":\"Hernández\","
            + "\"segundoApellido\":\"García\"}";
    HttpResponse<String> r = clerk.postJson("/api/v1/ciudadanos", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String location = r.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> read = clerk.get(location.substring(location.indexOf("/api/")));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Http.json(read).getString("curp")).isEqualTo(curp);
    HttpResponse<String> again = clerk.postJson("/api/v1/ciudadanos", body);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(Http.json(again).getString("type")).endsWith("/curp-duplicada");
  }

  @Test
  void unknownCitizenIs404ProblemJson() throws Exception {
    HttpResponse<String> r =
        new Http().login("capturista", "Demo.2026!").get("/api/v1/ciudadanos/999999999");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.json(r).getString("type")).endsWith("/no-encontrado");
  }

  @Test
  void malformedJsonIs400ProblemJson() throws Exception {
    HttpResponse<String> r =
        new Http().login("capturista", "Demo.2026!").postJson("/api/v1/ciudadanos", "{curp:");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void dueDateIsPublicAndExplainsSkippedDays() throws Exception {
    HttpResponse<String> r =
        new Http().get("/api/v1/calendario/vencimiento?inicio=2026-01-29&dias=5");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject d = Http.json(r);
    assertThat(d.getString("date")).isEqualTo("2026-02-06");
    assertThat(d.getString("explanation")).contains("Día de la Constitución");
    HttpResponse<String> bad =
        new Http().get("/api/v1/calendario/vencimiento?inicio=29/01/2026&dias=5");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).getString("detail")).contains("AAAA-MM-DD");
  }

  @Test
  void searchIsPagedInTheDatabase() throws Exception {
    Http clerk = new Http().login("atencion", "Demo.2026!");
    JsonObject page = Http.json(clerk.get("/api/v1/ciudadanos?desde=10&tamano=5"));
    assertThat(page.getJsonArray("items")).hasSize(5);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(300);
  }

  /**
   * A valid CURP (letters QAPI never come from the demo data) with a random birth date and
   * homoclave.
   */
  static String freshCurp() {
    java.util.Random random = new java.util.Random();
    java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000));
    String consonants = "BCDFGHJKLMNPQRSTVWXYZ";
    String first17 =
        "QAPI"
            + birth.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
            + "MVZ"
            + consonants.charAt(random.nextInt(21))
            + consonants.charAt(random.nextInt(21))
            + consonants.charAt(random.nextInt(21))
            + random.nextInt(10);
    String alphabet = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(first17.charAt(i)) * (18 - i);
    }
    return first17 + (10 - sum % 10) % 10;
  }
}
