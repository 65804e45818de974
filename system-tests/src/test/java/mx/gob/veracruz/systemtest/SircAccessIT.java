package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SIRC's role matrix over HTTP: every console page × every role, and one department's report opened
 * by another department's clerk by its id (IDOR).
 */
class SircAccessIT {
  private static final String PW = "Demo.2026!";

  @Test
  void everyRoleGetsWhatItsRoleAllows() throws Exception {
    // user → {bandeja, nuevo, claves, cumplimiento}
    Object[][] matrix = {
      {"admin", 200, 200, 200, 200},
      {"supervisor", 200, 200, 403, 200},
      {"capturista", 200, 200, 403, 403},
      {"atencion", 200, 200, 403, 403},
      {"auditor", 200, 403, 403, 200},
      {"finanzas", 403, 403, 403, 403},
      {"limpia", 200, 200, 403, 403},
    };
    for (Object[] row : matrix) {
      Http h = new Http().login((String) row[0], PW);
      assertThat(h.get("/consola/sirc/bandeja.xhtml").statusCode())
          .as(row[0] + " bandeja")
          .isEqualTo(row[1]);
      assertThat(h.get("/consola/sirc/nuevo.xhtml").statusCode())
          .as(row[0] + " nuevo")
          .isEqualTo(row[2]);
      assertThat(h.get("/consola/sirc/claves.xhtml").statusCode())
          .as(row[0] + " claves")
          .isEqualTo(row[3]);
      assertThat(h.get("/consola/sirc/cumplimiento.xhtml").statusCode())
          .as(row[0] + " cumplimiento")
          .isEqualTo(row[4]);
    }
    assertThat(new Http().get("/consola/sirc/bandeja.xhtml").statusCode()).isIn(200, 302, 401);
    assertThat(new Http().get("/consola/sirc/bandeja.xhtml").body()).doesNotContain("queue-form");
  }

  @Test
  void aReportOfOneDepartmentIsNotFoundForAnother() throws Exception {
    // A garbage report goes to Limpia Pública.
    HttpResponse<String> filed =
        Open311IT.file(
            Open311IT.KEY,
            "BASURA",
            "email",
            "idor" + System.nanoTime() + "@example.org",
            "description",
            "Prueba de acceso");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String folio = filed.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");

    Http limpia = new Http().login("limpia", PW);
    String queue = limpia.get("/consola/sirc/bandeja.xhtml").body();
    // The queue's first page is rendered with the page: find the report's row and its link.
    Matcher m = Pattern.compile("reporte\\.xhtml\\?id=(\\d+)").matcher(queue);
    assertThat(m.find()).as("a report in Limpia's queue").isTrue();
    String id = m.group(1);
    HttpResponse<String> own = limpia.get("/consola/sirc/reporte.xhtml?id=" + id);
    assertThat(own.statusCode()).isEqualTo(200);

    Http obras = new Http().login("obras", PW);
    HttpResponse<String> other = obras.get("/consola/sirc/reporte.xhtml?id=" + id);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("report-contact");
    assertThat(obras.get("/consola/sirc/reporte.xhtml?id=99999999").statusCode()).isEqualTo(404);
    assertThat(obras.get("/consola/sirc/reporte.xhtml").statusCode()).isEqualTo(404);
    assertThat(
            new Http()
                .login("auditor", PW)
                .get("/consola/sirc/reporte.xhtml?id=" + id)
                .statusCode())
        .isEqualTo(200);
    assertThat(folio).matches("SIRC-\\d{4}-\\d{6}");
  }
}
