package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Becas through the app's API: the rules explained before filing, one error per field for what a
 * call refuses, one application per CURP in a school cycle across calls, and another account's
 * folio not found.
 */
class BecasIT {
  static final String CALL = "aprovechamiento-2026";
  static final String OTHER_CALL_SAME_CYCLE = "transporte-2026";

  @Test
  void theRulesAreExplainedAndASecondApplicationOfTheSameCurpInTheCycleIsRefused()
      throws Exception {
    Http http = new Http();
    CitizenAccountIT.Citizen a =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.a"));
    CitizenAccountIT.Citizen b =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.b"));
    long colonia = BecasData.colonia();
    String curp = BecasData.curp(2014, 5, 2);

    // The published call and its rules are public.
    JsonObject call = Http.json(http.get("/api/v1/becas/convocatorias/" + CALL));
    assertThat(call.getString("cycle")).isEqualTo("2026-2027");
    assertThat(call.getBoolean("acceptingApplications")).isTrue();
    assertThat(http.get("/api/v1/becas/convocatorias/no-existe").statusCode()).isEqualTo(404);

    // Checking the rules stores nothing and explains each one.
    var check =
        http.postJson(
            "/api/v1/mi/becas/revision",
            BecasData.application(
                CALL,
                curp,
                "Ana Pérez",
                "SECUNDARIA",
                "7.5",
                "16000",
                4,
                0,
                BecasData.clabe(),
                "boleta"),
            a.bearer());
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    JsonObject r = Http.json(check);
    assertThat(r.getBoolean("eligible")).isFalse();
    List<String> failed =
        r.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> !c.getBoolean("passed"))
            .map(c -> c.getString("field") + ": " + c.getString("explanation"))
            .toList();
    assertThat(failed)
        .containsExactly(
            "promedio: 7.5; el mínimo es 8.0",
            "ingreso: $16,000.00 al mes entre 4 personas = $4,000.00; el máximo es $3,500.00",
            "colonia: la convocatoria es solo para quien vive en el municipio de Veracruz");

    // Filing what the rules refuse: one problem per field, nothing stored.
    var bad =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                CALL, curp, "Ana Pérez", "SECUNDARIA", "7.5", "16000", 4, 0, "002000000000000009"),
            a.bearer());
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
    List<String> fields =
        Http.json(bad).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertThat(fields)
        .doesNotHaveDuplicates()
        .contains("clabe", "doc-boleta", "doc-constancia", "doc-domicilio");
    assertThat(http.get("/api/v1/mi/becas", a.bearer()).body().replaceAll("\\s", ""))
        .isEqualTo("[]");

    // A good application is filed, with its explanation and score.
    var ok =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                CALL,
                curp,
                "Ana Pérez López",
                "SECUNDARIA",
                "9.2",
                "8000",
                4,
                colonia,
                BecasData.clabe(),
                "boleta",
                "constancia",
                "domicilio"),
            a.bearer());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonObject filed = Http.json(ok);
    String folio = filed.getString("folio");
    assertThat(folio).matches("BEC-\\d{4}-\\d{6}");
    assertThat(filed.getString("status")).isEqualTo("PRESENTADA");
    assertThat(filed.getString("clabeMasked")).startsWith("•••• ");
    assertThat(filed.getString("score")).isEqualTo("51.429");

    // The same student, through another account, in another call of the same cycle: refused.
    var again =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                OTHER_CALL_SAME_CYCLE,
                curp,
                "Ana Pérez López",
                "BACHILLERATO",
                "9.2",
                "8000",
                4,
                colonia,
                BecasData.clabe(),
                "constancia"),
            b.bearer());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
    JsonObject problem = Http.json(again);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("curp-con-solicitud");
    assertThat(problem.toString()).contains("curp-alumno").contains("2026-2027");
    // and the same account in the same call: refused too
    var twice =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                CALL,
                curp,
                "Ana Pérez López",
                "SECUNDARIA",
                "9.2",
                "8000",
                4,
                colonia,
                BecasData.clabe(),
                "boleta",
                "constancia",
                "domicilio"),
            a.bearer());
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(Http.json(twice).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("curp-alumno");

    // Another account's folio is "not found", as a neighbouring one; no token, 401.
    assertThat(http.get("/api/v1/mi/becas/" + folio, b.bearer()).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/v1/mi/becas/" + folio, a.bearer()).statusCode()).isEqualTo(200);
    assertThat(new Http().get("/api/v1/mi/becas").statusCode()).isEqualTo(401);

    // Withdrawn, the student's place in the cycle is freed: the other account may now apply.
    var withdrawn = http.postJson("/api/v1/mi/becas/" + folio + "/cancelacion", "{}", a.bearer());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(Http.json(withdrawn).getString("status")).isEqualTo("CANCELADA");
    assertThat(
            http.postJson("/api/v1/mi/becas/" + folio + "/cancelacion", "{}", b.bearer())
                .statusCode())
        .isEqualTo(404);
    var afterWithdrawal =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                CALL,
                curp,
                "Ana Pérez López",
                "SECUNDARIA",
                "9.2",
                "8000",
                4,
                colonia,
                BecasData.clabe(),
                "boleta",
                "constancia",
                "domicilio"),
            b.bearer());
    assertThat(afterWithdrawal.statusCode()).as(afterWithdrawal.body()).isEqualTo(201);
  }

  @Test
  void everyBecasPageWithEveryRole() throws Exception {
    CitizenAccountIT.Citizen c =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.roles"));
    Http http = new Http();
    var r =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                CALL,
                BecasData.curp(2012, 8, 30),
                "Luis Ortega",
                "SECUNDARIA",
                "9.0",
                "5000",
                3,
                BecasData.colonia(),
                BecasData.clabe(),
                "boleta",
                "constancia",
                "domicilio"),
            c.bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String folio = Http.json(r).getString("folio");
    String[] pages = {
      "/consola/becas/convocatorias.xhtml",
      "/consola/becas/convocatoria.xhtml?c=" + CALL,
      "/consola/becas/solicitudes.xhtml",
      "/consola/becas/solicitud.xhtml?folio=" + folio,
      "/consola/becas/dispersiones.xhtml"
    };
    java.util.Map<String, String> seen = new java.util.LinkedHashMap<>();
    for (String user :
        List.of(
            "admin",
            "supervisor",
            "capturista",
            "finanzas",
            "atencion",
            "auditor",
            "pavg_especialista",
            "pavg_supervisor")) {
      Http h = new Http().login(user, "Demo.2026!");
      StringBuilder row = new StringBuilder();
      for (String p : pages) {
        row.append(h.get(p).statusCode()).append(' ');
      }
      seen.put(user, row.toString().trim());
    }
    // convocatorias, convocatoria, solicitudes, solicitud, dispersiones
    assertThat(seen)
        .containsEntry("admin", "200 200 200 200 200")
        .containsEntry("supervisor", "200 200 200 200 200")
        .containsEntry("capturista", "200 200 200 200 403")
        .containsEntry("finanzas", "403 403 403 403 200")
        .containsEntry("atencion", "403 403 403 403 403")
        .containsEntry("auditor", "200 200 200 200 200")
        .containsEntry("pavg_especialista", "403 403 403 403 403")
        .containsEntry("pavg_supervisor", "403 403 403 403 403");
    // A neighbouring or unknown folio is 404 in the console; a citizen has no console.
    Http clerk = new Http().login("capturista", "Demo.2026!");
    assertThat(clerk.get("/consola/becas/solicitud.xhtml?folio=BEC-2026-999999").statusCode())
        .isEqualTo(404);
    assertThat(clerk.get("/consola/becas/convocatoria.xhtml?c=no-existe").statusCode())
        .isEqualTo(404);
    // A draft call is not public; a hostile code is just not found.
    assertThat(http.get("/servicios/beca.xhtml?c=%3Cscript%3E").statusCode()).isEqualTo(404);
  }
}
