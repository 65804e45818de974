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
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
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
    long before = Http.json(clerk.get("/api/v1/ciudadanos?tamano=1")).getJsonNumber("total").longValue();
    HttpResponse<String> r = clerk.postJson("/api/v1/ciudadanos",
        "{\"curp\":\"HEGG560427MVZRRL05\",\"nombre\":\"Gloria\",\"primerApellido\":\"Hernández\"}");
    assertThat(r.statusCode()).isEqualTo(422);
    JsonObject p = Http.json(r);
    assertThat(p.getString("type")).endsWith("/curp-invalida");
    assertThat(p.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("curp");
    assertThat(p.getString("detail")).contains("dígito verificador");
    assertThat(Http.json(clerk.get("/api/v1/ciudadanos?tamano=1")).getJsonNumber("total").longValue()).isEqualTo(before);
  }

  @Test
  void everyInvalidFieldIsListedAtOnce() throws Exception {
    HttpResponse<String> r = new Http().login("capturista", "Demo.2026!").postJson("/api/v1/ciudadanos",
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
    HttpResponse<String> r = clerk.postJson("/api/v1/ciudadanos",
        "{\"curp\":\"HEGG560427MVZRRL04\",\"nombre\":\"Gloria\",\"primerApellido\":\"Hernández\",\"segundoApellido\":\"García\"}");
    assertThat(r.statusCode()).isIn(201, 422);
    if (r.statusCode() == 422) {
      assertThat(Http.json(r).getString("type")).endsWith("/curp-duplicada");
      return;
    }
    String location = r.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> read = clerk.get(location.substring(location.indexOf("/api/")));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Http.json(read).getString("curp")).isEqualTo("HEGG560427MVZRRL04");
  }

  @Test
  void unknownCitizenIs404ProblemJson() throws Exception {
    HttpResponse<String> r = new Http().login("capturista", "Demo.2026!").get("/api/v1/ciudadanos/999999999");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.json(r).getString("type")).endsWith("/no-encontrado");
  }

  @Test
  void malformedJsonIs400ProblemJson() throws Exception {
    HttpResponse<String> r = new Http().login("capturista", "Demo.2026!").postJson("/api/v1/ciudadanos", "{curp:");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void dueDateIsPublicAndExplainsSkippedDays() throws Exception {
    HttpResponse<String> r = new Http().get("/api/v1/calendario/vencimiento?inicio=2026-01-29&dias=5");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject d = Http.json(r);
    assertThat(d.getString("date")).isEqualTo("2026-02-06");
    assertThat(d.getString("explanation")).contains("Día de la Constitución");
    HttpResponse<String> bad = new Http().get("/api/v1/calendario/vencimiento?inicio=29/01/2026&dias=5");
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
}
