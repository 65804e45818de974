package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The yearly assessment as a real Jakarta Batch job in the deployed EAR: a run that fails half-way
 * restarts from its last checkpoint (no predio assessed twice), and a full rerun changes nothing.
 */
class PredialAssessmentJobIT {

  @Test
  void aFailedAssessmentRestartsFromItsCheckpointAndARerunChangesNothing() throws Exception {
    Http finance = new Http().login("finanzas", "Demo.2026!");
    long predios =
        Http.json(finance.get("/api/v1/predial/predios?tamano=1"))
            .getJsonNumber("total")
            .longValue();
    assertThat(predios).isGreaterThan(150);

    // fails while reading item 121: chunks of 50 → 100 committed, the third chunk rolled back
    JsonObject failed =
        run(
            finance,
            "/api/v1/trabajos/predial-assessment",
            "{\"fiscalYear\":\"2027\",\"chunkSize\":\"50\",\"failAfterItems\":\"120\"}");
    assertThat(failed.getString("batchStatus")).isEqualTo("FAILED");

    JsonObject restarted =
        run(
            finance,
            "/api/v1/trabajos/ejecuciones/" + failed.getJsonNumber("executionId") + "/reinicio",
            "{\"failAfterItems\":\"0\"}");
    assertThat(restarted.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(restarted.getString("exitStatus"))
        .isEqualTo("VALUADOS=" + (predios - 100) + " SIN_CAMBIO=0 CON_PAGO=0");

    JsonObject rerun =
        run(finance, "/api/v1/trabajos/predial-assessment", "{\"fiscalYear\":\"2027\"}");
    assertThat(rerun.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(rerun.getString("exitStatus"))
        .isEqualTo("VALUADOS=0 SIN_CAMBIO=" + predios + " CON_PAGO=0");
  }

  @Test
  void unknownJobsAndMissingRolesAreProblems() throws Exception {
    Http finance = new Http().login("finanzas", "Demo.2026!");
    HttpResponse<String> none = finance.postJson("/api/v1/trabajos/no-existe", "{}");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(Http.json(none).getString("type")).endsWith("/trabajo-no-encontrado");
    HttpResponse<String> clerk =
        new Http()
            .login("capturista", "Demo.2026!")
            .postJson("/api/v1/trabajos/predial-assessment", "{\"fiscalYear\":\"2027\"}");
    assertThat(clerk.statusCode()).isEqualTo(403);
  }

  /** Starts (or restarts) an execution and waits until it is no longer running. */
  static JsonObject run(Http http, String path, String params) throws Exception {
    HttpResponse<String> started = http.postJson(path, params);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Http.json(started).getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject e = Http.json(http.get("/api/v1/trabajos/ejecuciones/" + id));
      String status = e.getString("batchStatus");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        return e;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("la ejecución " + id + " no terminó en 3 minutos");
  }
}
