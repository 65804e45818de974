package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PAVG through HTTP: the report and its follow-up with code and PIN, the same answer for a wrong
 * PIN and an unknown code, no cache, and the role and IDOR sweep of every PAVG page and API path.
 */
class PavgIT {
  static final String PASSWORD = "Demo.2026!";

  @Test
  void aReportGivesCodeAndPinThatAloneOpenItsFollowUp() throws Exception {
    Pavg.Filed f = Pavg.fileWithCanaries(false);
    assertThat(f.folio()).matches("PAVG-\\d{4}-\\d{6}");
    assertThat(f.code()).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
    assertThat(f.pin()).matches("\\d{6}");
    Http anyone = new Http();
    HttpResponse<String> ok =
        anyone.postJson(
            "/api/v1/pavg/seguimiento",
            "{\"codigo\":\"" + f.code().toLowerCase() + "\",\"nip\":\"" + f.pin() + "\"}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Cache-Control")).contains("no-store");
    JsonObject o = Http.json(ok);
    assertThat(o.getString("folio")).isEqualTo(f.folio());
    assertThat(o.getString("estadoNombre")).isIn("Recibido", "En atención");
    // What she told is not in her follow-up answer either (it could be read over her shoulder).
    f.canaries().values().forEach(c -> assertThat(ok.body()).doesNotContain(c));

    String wrongPin = f.pin().equals("000000") ? "111111" : "000000";
    HttpResponse<String> wrong =
        anyone.postJson(
            "/api/v1/pavg/seguimiento",
            "{\"codigo\":\"" + f.code() + "\",\"nip\":\"" + wrongPin + "\"}");
    HttpResponse<String> unknown =
        anyone.postJson(
            "/api/v1/pavg/seguimiento", "{\"codigo\":\"ZZZZZ-ZZZZZ\",\"nip\":\"" + f.pin() + "\"}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(Http.json(wrong).getString("detail"))
        .isEqualTo(Http.json(unknown).getString("detail"));
    assertThat(wrong.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

    // She writes to the team; it shows in her follow-up.
    HttpResponse<String> msg =
        anyone.postJson(
            "/api/v1/pavg/seguimiento/mensajes",
            "{\"codigo\":\""
                + f.code()
                + "\",\"nip\":\""
                + f.pin()
                + "\",\"texto\":\"Ya estoy a salvo\"}");
    assertThat(msg.statusCode()).as(msg.body()).isEqualTo(200);
    assertThat(Http.json(msg).getJsonArray("mensajes").getJsonObject(0).getString("texto"))
        .isEqualTo("Ya estoy a salvo");
  }

  @Test
  void badInputIsOneProblemPerFieldAndChangesNothing() throws Exception {
    HttpResponse<String> r =
        new Http()
            .postJson(
                "/api/v1/pavg/reportes",
                "{\"sobre\":\"NADIE\",\"tipos\":[],\"relato\":\"corto\",\"telefono\":\"12\",\"canalContacto\":\"LLAMADA\"}");
    assertThat(r.statusCode()).isEqualTo(422);
    List<String> fields =
        Http.json(r).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertThat(fields)
        .contains("about", "categories", "narrative", "phone")
        .doesNotHaveDuplicates();
  }

  @Test
  void theCatalogueNeedsNoAccountAndIsInSpanish() throws Exception {
    HttpResponse<String> r = new Http().get("/api/v1/pavg/catalogos");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Psicológica").contains("911");
  }

  /**
   * Every PAVG page with every role: the PAVG roles only; another specialist's case and a
   * neighbouring id answer like a missing case; nobody else, not ADMIN nor AUDITOR, gets in.
   */
  @Test
  void everyPageWithEveryRoleAndAnotherSpecialistsCase() throws Exception {
    Pavg.Filed f = Pavg.fileWithCanaries(true);
    Http ana = new Http().login("pavg.ana", PASSWORD);
    Long id = Pavg.caseId(ana, f.folio());
    assertThat(id).as("pavg.ana (de guardia) recibe el caso con peligro").isNotNull();

    Map<String, Integer> bandeja = new LinkedHashMap<>();
    Map<String, Integer> caso = new LinkedHashMap<>();
    Map<String, Integer> guardia = new LinkedHashMap<>();
    for (String user :
        List.of(
            "admin",
            "supervisor",
            "capturista",
            "finanzas",
            "atencion",
            "auditor",
            "pavg_especialista",
            "pavg.berta",
            "pavg.ana",
            "pavg_supervisor")) {
      Http h = user.equals("pavg.ana") ? ana : new Http().login(user, PASSWORD);
      bandeja.put(user, h.get("/consola/pavg/bandeja.xhtml").statusCode());
      HttpResponse<String> page = h.get("/consola/pavg/caso.xhtml?id=" + id);
      caso.put(user, page.statusCode());
      if (!user.equals("pavg.ana")) {
        f.canaries().values().forEach(c -> assertThat(page.body()).as(user).doesNotContain(c));
      }
      guardia.put(
          user,
          h.get("/consola/pavg/guardia.xhtml").statusCode() * 1000
              + h.get("/consola/pavg/arco.xhtml").statusCode());
      if (user.equals("pavg.berta") || user.equals("pavg_especialista")) {
        // a sequential id next to hers answers the same as hers: not found
        assertThat(h.get("/consola/pavg/caso.xhtml?id=" + (id + 1)).statusCode()).isEqualTo(404);
        assertThat(h.get("/consola/pavg/documento?caso=" + id + "&doc=1").statusCode())
            .isEqualTo(404);
      }
    }
    assertThat(bandeja)
        .containsEntry("admin", 403)
        .containsEntry("supervisor", 403)
        .containsEntry("capturista", 403)
        .containsEntry("finanzas", 403)
        .containsEntry("atencion", 403)
        .containsEntry("auditor", 403)
        .containsEntry("pavg_especialista", 200)
        .containsEntry("pavg.berta", 200)
        .containsEntry("pavg.ana", 200)
        .containsEntry("pavg_supervisor", 200);
    assertThat(caso)
        .containsEntry("admin", 403)
        .containsEntry("auditor", 403)
        .containsEntry("atencion", 403)
        .containsEntry("pavg_especialista", 404)
        .containsEntry("pavg.berta", 404)
        .containsEntry("pavg.ana", 200)
        // the supervisor sees the clear columns and the break-glass form, not the content
        .containsEntry("pavg_supervisor", 200);
    assertThat(guardia)
        .containsEntry("admin", 403403)
        .containsEntry("auditor", 403403)
        .containsEntry("pavg.ana", 403403)
        .containsEntry("pavg.berta", 403403)
        .containsEntry("pavg_supervisor", 200200);
    // The assigned specialist reads it all.
    HttpResponse<String> hers = ana.get("/consola/pavg/caso.xhtml?id=" + id);
    assertThat(hers.body())
        .contains(f.canaries().get("nombre"))
        .contains(f.canaries().get("lugar"));
  }

  /**
   * The confirmation mail goes only where she asked, with the code and without the PIN, and the
   * platform's records keep neither her address nor the subject.
   */
  @Test
  void theConfirmationMailIsSentOnlyWhereSheAskedAndNotRecorded() throws Exception {
    String address = "segura" + Pavg.token() + "@ejemplo.mx";
    HttpResponse<String> r =
        new Http()
            .postJson(
                "/api/v1/pavg/reportes",
                "{\"sobre\":\"PROPIA\",\"tipos\":[\"DIGITAL\"],\"peligroInmediato\":false,"
                    + "\"relato\":\"Revisa mi teléfono y mis redes\",\"correoConfirmacion\":\""
                    + address
                    + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonObject o = Http.json(r);
    String inbox = System.getProperty("it.mailApi") + "/api/user/" + address + "/messages/INBOX";
    String mail = "[]";
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    while (mail.equals("[]") && java.time.Instant.now().isBefore(deadline)) {
      mail = new Http().get(inbox, "Accept", "application/json").body();
      if (mail.equals("[]")) {
        Thread.sleep(200);
      }
    }
    assertThat(mail).contains(o.getString("codigo")).doesNotContain(o.getString("nip"));
    assertThat(Pavg.databaseDump()).doesNotContain(address);
  }

  @Test
  void guessingCodesIsThrottled() throws Exception {
    Http h = new Http();
    // 5 failures per code in 15 minutes (and 20 per address): the sixth try is refused unchecked.
    HttpResponse<String> same = null;
    for (int i = 0; i < 6; i++) {
      same =
          h.postJson(
              "/api/v1/pavg/seguimiento",
              "{\"codigo\":\"RRRRR-RRRRR\",\"nip\":\"12345" + i + "\"}");
    }
    assertThat(same.statusCode()).isEqualTo(429);
    assertThat(same.headers().firstValue("Retry-After")).isPresent();
  }
}
