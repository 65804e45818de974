package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The nightly indicators job in the deployed EAR: its SIRC figures for a day equal what the Open311
 * API (another code path, JPA criteria over the same reports) lists for that day; re-running the
 * day changes nothing; a run that fails half-way restarts to the same facts; the facts need a staff
 * role, the definitions do not.
 */
class KpiJobIT {
  static final ZoneId CITY = ZoneId.of("America/Mexico_City");

  @Test
  void theDaysFiguresMatchTheReportsAndARerunOrARestartChangesNothing() throws Exception {
    LocalDate day = LocalDate.now(CITY);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> filed =
          Open311IT.file(Open311IT.KEY, "BASURA", "email", "kpi" + i + "@example.org");
      assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    }
    Http admin = new Http().login("admin", "Demo.2026!");
    JsonObject run =
        run(admin, "/api/v1/trabajos/kpi-daily-aggregation", "{\"businessDate\":\"" + day + "\"}");
    assertThat(run.getString("batchStatus")).isEqualTo("COMPLETED");

    // independently: the reports Open311 lists as requested in that day, in total and per service
    String window =
        "start_date=" + day + "T00:00:00-06:00&end_date=" + day.plusDays(1) + "T00:00:00-06:00";
    JsonArray listed = array(new Http().get("/open311/v2/requests.json?" + window));
    Map<String, Integer> perService = new TreeMap<>();
    for (JsonValue v : listed) {
      perService.merge(v.asJsonObject().getString("service_code"), 1, Integer::sum);
    }
    assertThat(perService.get("BASURA")).isGreaterThanOrEqualTo(3);
    assertThat(value(admin, "sirc.recibidos", "TOTAL", day, "-")).isEqualTo(listed.size());
    Map<String, Integer> facts = byKey(admin, "sirc.recibidos", "SERVICIO", day);
    assertThat(facts).isEqualTo(perService);

    // the same day again: the same facts, none added
    Map<String, Integer> before = byKey(admin, "sirc.recibidos", "CANAL", day);
    assertThat(
            run(
                    admin,
                    "/api/v1/trabajos/kpi-daily-aggregation",
                    "{\"businessDate\":\"" + day + "\"}")
                .getString("batchStatus"))
        .isEqualTo("COMPLETED");
    assertThat(byKey(admin, "sirc.recibidos", "CANAL", day)).isEqualTo(before);
    assertThat(byKey(admin, "sirc.recibidos", "SERVICIO", day)).isEqualTo(perService);

    // three days that fail after the first; the restart finishes them with the same figures
    JsonObject failed =
        run(
            admin,
            "/api/v1/trabajos/kpi-daily-aggregation",
            "{\"fromDate\":\""
                + day.minusDays(2)
                + "\",\"businessDate\":\""
                + day
                + "\",\"failAfterItems\":\"1\"}");
    assertThat(failed.getString("batchStatus")).isEqualTo("FAILED");
    JsonObject restarted =
        run(
            admin,
            "/api/v1/trabajos/ejecuciones/" + failed.getJsonNumber("executionId") + "/reinicio",
            "{\"failAfterItems\":\"0\"}");
    assertThat(restarted.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(byKey(admin, "sirc.recibidos", "SERVICIO", day)).isEqualTo(perService);
    assertThat(value(admin, "sirc.recibidos", "TOTAL", day, "-")).isEqualTo(listed.size());
  }

  @Test
  void definitionsArePublicFactsAreForStaffAndBadRangesAreRefused() throws Exception {
    HttpResponse<String> defs = new Http().get("/api/v1/kpi/indicadores");
    assertThat(defs.statusCode()).isEqualTo(200);
    assertThat(defs.body()).contains("sirc.recibidos", "predial.recaudado", "Tesorería Municipal");
    LocalDate day = LocalDate.now(CITY);
    String query = "/api/v1/kpi/hechos?indicador=sirc.recibidos&desde=" + day + "&hasta=" + day;
    assertThat(new Http().get(query).statusCode()).isIn(401, 403);
    assertThat(new Http().login("capturista", "Demo.2026!").get(query).statusCode()).isEqualTo(403);
    Http admin = new Http().login("admin", "Demo.2026!");
    assertThat(
            admin
                .get("/api/v1/kpi/hechos?indicador=no.existe&desde=" + day + "&hasta=" + day)
                .statusCode())
        .isEqualTo(422);
    assertThat(
            admin
                .postJson(
                    "/api/v1/trabajos/kpi-daily-aggregation",
                    "{\"businessDate\":\"" + day.plusDays(1) + "\"}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            new Http()
                .login("capturista", "Demo.2026!")
                .postJson("/api/v1/trabajos/kpi-daily-aggregation", "{}")
                .statusCode())
        .isEqualTo(403);
  }

  private static int value(Http http, String indicator, String dimension, LocalDate day, String key)
      throws Exception {
    return byKey(http, indicator, dimension, day).getOrDefault(key, 0);
  }

  private static Map<String, Integer> byKey(
      Http http, String indicator, String dimension, LocalDate day) throws Exception {
    Map<String, Integer> out = new TreeMap<>();
    summed(http, indicator, dimension, day, day).forEach((k, v) -> out.put(k, v.intValueExact()));
    return out;
  }

  /**
   * The staff's daily facts of {@code [from, to]} from {@code /api/v1/kpi/hechos}, summed per key
   * (counts and amounts add over days; amounts travel as strings in this API, exact decimals).
   */
  static Map<String, java.math.BigDecimal> summed(
      Http staff, String indicator, String dimension, LocalDate from, LocalDate to)
      throws Exception {
    HttpResponse<String> r =
        staff.get(
            "/api/v1/kpi/hechos?indicador="
                + indicator
                + "&dimension="
                + dimension
                + "&desde="
                + from
                + "&hasta="
                + to);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, java.math.BigDecimal> out = new TreeMap<>();
    for (JsonValue v : array(r)) {
      JsonObject f = v.asJsonObject();
      JsonValue value = f.get("value");
      out.merge(
          f.getString("key"),
          new java.math.BigDecimal(
              value instanceof jakarta.json.JsonString text ? text.getString() : value.toString()),
          java.math.BigDecimal::add);
    }
    return out;
  }

  private static JsonArray array(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readArray();
  }

  static JsonObject run(Http http, String path, String params) throws Exception {
    return PredialAssessmentJobIT.run(http, path, params);
  }
}
