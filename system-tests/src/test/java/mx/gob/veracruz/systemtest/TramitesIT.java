package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Trámites over HTTP: the catalogue for machines (search without accents, CPSV-AP, HSDS), filing
 * from the app with one problem per field, another account's folio as 404, and a fee paid at the
 * bank: the nightly reconciliation applies a cobro's slip to the case that issued it, refuses a
 * short payment and never pays twice.
 */
class TramitesIT {
  static final String PDF =
      Base64.getEncoder()
          .encodeToString("%PDF-1.4\n% prueba\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));

  @Test
  void theCatalogueIsSearchableWithoutAccentsAndPublishedAsCpsvApAndHsds() throws Exception {
    Http anon = new Http();
    JsonObject found = Http.json(anon.get("/api/v1/tramites?q=construccion&max=50"));
    assertThat(found.getJsonNumber("total").longValue()).isPositive();
    assertThat(
            found.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("nombre").toLowerCase()))
        .anyMatch(n -> n.contains("construcción"));

    JsonObject ld = Http.json(anon.get("/api/v1/tramites/cpsv-ap"));
    assertThat(ld.getJsonObject("@context").getString("cpsv"))
        .isEqualTo("http://purl.org/vocab/cpsv#");
    assertThat(ld.getJsonObject("@context").getString("cv"))
        .isEqualTo("http://data.europa.eu/m8g/");
    List<JsonObject> graph =
        ld.getJsonArray("@graph").stream().map(JsonValue::asJsonObject).toList();
    Set<String> orgs = new HashSet<>();
    graph.stream()
        .filter(n -> n.getString("@type").equals("cv:PublicOrganisation"))
        .forEach(n -> orgs.add(n.getString("@id")));
    List<JsonObject> services =
        graph.stream().filter(n -> n.getString("@type").equals("cpsv:PublicService")).toList();
    assertThat(services).hasSizeGreaterThanOrEqualTo(25);
    for (JsonObject s : services) {
      // the properties CPSV-AP 3 marks mandatory for a public service, and our authority resolvable
      assertThat(s.getString("dct:identifier")).isNotBlank();
      assertThat(s.getJsonObject("dct:title").getString("@language")).isEqualTo("es");
      assertThat(s.getJsonObject("dct:description").getString("@value")).isNotBlank();
      assertThat(orgs).contains(s.getJsonObject("cv:hasCompetentAuthority").getString("@id"));
      assertThat(s.getJsonObject("cv:processingTime").getString("@value")).matches("P\\d+D");
      for (JsonValue c : s.getJsonArray("cv:hasCost")) {
        JsonObject cost = c.asJsonObject();
        assertThat(cost.getString("@type")).isEqualTo("cv:Cost");
        assertThat(cost.containsKey("cv:value") || cost.containsKey("dct:description")).isTrue();
        if (cost.containsKey("cv:value")) {
          assertThat(new BigDecimal(cost.getJsonObject("cv:value").getString("@value")))
              .isPositive();
        }
      }
    }

    JsonObject hsds = Http.json(anon.get("/api/v1/tramites/hsds"));
    Set<String> orgIds = new HashSet<>();
    hsds.getJsonArray("organizations").forEach(o -> orgIds.add(o.asJsonObject().getString("id")));
    assertThat(hsds.getJsonArray("services")).hasSizeGreaterThanOrEqualTo(25);
    for (JsonValue v : hsds.getJsonArray("services")) {
      JsonObject s = v.asJsonObject();
      assertThat(orgIds).contains(s.getString("organization_id"));
      assertThat(s.getString("status")).isEqualTo("active");
      for (JsonValue d : s.getJsonArray("required_documents")) {
        assertThat(d.asJsonObject().getString("service_id")).isEqualTo(s.getString("id"));
      }
    }
  }

  @Test
  void badFilingIsOneProblemPerFieldAndChangesNothing() throws Exception {
    CitizenAccountIT.Citizen c = CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("malos"));
    JsonObject t = fixedFeeProcedure();
    Http http = new Http();
    var r =
        http.postJson(
            "/api/v1/mi/solicitudes",
            "{\"tramite\":\"" + t.getString("code") + "\",\"respuestas\":{}}",
            c.bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    List<String> fields =
        Http.json(r).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertThat(fields)
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .allMatch(f -> f.startsWith("campo:") || f.startsWith("requisito:"));
    assertThat(http.get("/api/v1/mi/solicitudes", c.bearer()).body().replaceAll("\\s", ""))
        .isEqualTo("[]");
    assertThat(new Http().get("/api/v1/mi/solicitudes").statusCode()).isEqualTo(401);
  }

  @Test
  void aFeePaidAtTheBankStartsTheTermOnceAndAShortPaymentIsNotApplied() throws Exception {
    CitizenAccountIT.Citizen c = CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("banco"));
    JsonObject t = fixedFeeProcedure();
    Http http = new Http();
    String a = file(http, c, t);
    String b = file(http, c, t);
    JsonObject slipA =
        Http.json(
            http.postJson(
                "/api/v1/mi/solicitudes/" + a + "/ficha", "{\"banco\":\"BBVA\"}", c.bearer()));
    JsonObject slipB =
        Http.json(
            http.postJson(
                "/api/v1/mi/solicitudes/" + b + "/ficha", "{\"banco\":\"BBVA\"}", c.bearer()));
    String refA = slipA.getString("referencia");
    assertThat(refA).matches("9\\d{16,17}");
    // the slip is fixed: asking again gives the same reference; another bank is refused
    assertThat(
            Http.json(
                    http.postJson(
                        "/api/v1/mi/solicitudes/" + a + "/ficha",
                        "{\"banco\":\"BBVA\"}",
                        c.bearer()))
                .getString("referencia"))
        .isEqualTo(refA);
    assertThat(
            http.postJson(
                    "/api/v1/mi/solicitudes/" + a + "/ficha",
                    "{\"banco\":\"SANTANDER\"}",
                    c.bearer())
                .statusCode())
        .isEqualTo(422);

    // another account: the same folio does not exist
    CitizenAccountIT.Citizen other =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("ajena"));
    assertThat(http.get("/api/v1/mi/solicitudes/" + a, other.bearer()).statusCode()).isEqualTo(404);
    assertThat(
            http.postJson(
                    "/api/v1/mi/solicitudes/" + a + "/ficha",
                    "{\"banco\":\"BBVA\"}",
                    other.bearer())
                .statusCode())
        .isEqualTo(404);

    BigDecimal amount = new BigDecimal(slipA.getString("amount"));
    LocalDate day = LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
    List<String> lines = new ArrayList<>();
    lines.add(PredialReconciliationIT.line(refA, amount, day, "T0001")); // APLICADO
    lines.add(PredialReconciliationIT.line(refA, amount, day, "T0002")); // DUPLICADO: paid above
    lines.add(
        PredialReconciliationIT.line(
            slipB.getString("referencia"),
            new BigDecimal(slipB.getString("amount")).subtract(BigDecimal.TEN),
            day,
            "T0003")); // PARCIAL
    Path f = bankFile(lines);
    byte[] content = Files.readAllBytes(f);
    JsonObject run =
        PredialReconciliationIT.run(
            "{\"businessDate\":\"" + day + "\",\"files\":\"" + f.getFileName() + "\"}");
    assertThat(run.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(run.getString("exitStatus"))
        .isEqualTo("CUADRA ACEPTADOS=1 RECHAZADOS=0 APLICADO=1 DUPLICADO=1 PARCIAL=1");

    JsonObject caseA = Http.json(http.get("/api/v1/mi/solicitudes/" + a, c.bearer()));
    assertThat(caseA.getString("status")).isEqualTo("EN_REVISION");
    assertThat(caseA.getJsonObject("cobro").getString("status")).isEqualTo("PAGADO");
    assertThat(caseA.getJsonObject("cobro").getString("channel")).isEqualTo("BANCO");
    assertThat(caseA.getString("dueExplanation")).contains("días hábiles");
    String receipt = caseA.getJsonObject("cobro").getString("receiptFolio");
    JsonObject caseB = Http.json(http.get("/api/v1/mi/solicitudes/" + b, c.bearer()));
    assertThat(caseB.getString("status")).isEqualTo("POR_PAGAR");
    assertThat(caseB.getJsonObject("cobro").getString("status")).isEqualTo("PENDIENTE");

    // the receipt verifies publicly by folio and code, and not by folio alone
    String code = caseA.getJsonObject("cobro").getString("verificationCode");
    assertThat(
            Http.json(
                    http.get(
                        "/api/v1/cobros/recibos/"
                            + URLEncoder.encode(receipt, StandardCharsets.UTF_8)
                            + "/"
                            + code))
                .getBoolean("valid"))
        .isTrue();
    assertThat(
            Http.json(
                    http.get(
                        "/api/v1/cobros/recibos/"
                            + URLEncoder.encode(receipt, StandardCharsets.UTF_8)
                            + "/0000000000000000"))
                .getBoolean("valid"))
        .isFalse();

    // the same file again is refused whole; the case keeps its one payment
    Files.write(f, content); // delivered again under the same name (the job archived the first)
    f.toFile().setReadable(true, false);
    JsonObject again =
        PredialReconciliationIT.run(
            "{\"businessDate\":\"" + day + "\",\"files\":\"" + f.getFileName() + "\"}");
    assertThat(again.getString("exitStatus")).isEqualTo("CUADRA ACEPTADOS=0 RECHAZADOS=1");
    JsonObject still = Http.json(http.get("/api/v1/mi/solicitudes/" + a, c.bearer()));
    assertThat(still.getJsonObject("cobro").getString("receiptFolio")).isEqualTo(receipt);
    assertThat(
            still.getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("kind").equals("PAGADO"))
                .count())
        .isEqualTo(1);

    // the paid fee is invoiced: a CFDI 4.0 stamped by the PAC (sandbox), with the concept's keys;
    // a second request returns the same; an unpaid fee or another account's folio is refused
    var cfdi =
        http.postJson(
            "/api/v1/mi/solicitudes/" + a + "/cfdi",
            "{\"rfc\":\"PENM800101AB1\",\"nombre\":\"María Peña Núñez\",\"codigoPostal\":\"91910\",\"regimenFiscal\":\"605\",\"usoCfdi\":\"G03\"}",
            c.bearer());
    assertThat(cfdi.statusCode()).as(cfdi.body()).isEqualTo(200);
    assertThat(cfdi.body())
        .contains("Serie=\"COB\"")
        .contains("ClaveProdServ=\"93161700\"")
        .contains("Rfc=\"PENM800101AB1\"")
        .contains("Total=\"" + amount.setScale(2).toPlainString() + "\"")
        .contains("TimbreFiscalDigital");
    java.util.regex.Matcher uuid =
        java.util.regex.Pattern.compile("UUID=\"([0-9A-Fa-f-]{36})\"").matcher(cfdi.body());
    assertThat(uuid.find()).isTrue();
    var same = http.postJson("/api/v1/mi/solicitudes/" + a + "/cfdi", "{}", c.bearer());
    assertThat(same.body()).contains(uuid.group(1));
    assertThat(
            Http.json(http.get("/api/v1/mi/solicitudes/" + a, c.bearer()))
                .getJsonObject("cobro")
                .getString("cfdiUuid"))
        .isEqualToIgnoringCase(uuid.group(1));
    var unpaid = http.postJson("/api/v1/mi/solicitudes/" + b + "/cfdi", "{}", c.bearer());
    assertThat(unpaid.statusCode()).isEqualTo(422);
    assertThat(unpaid.body()).contains("cobro-sin-pago");
    assertThat(
            http.postJson("/api/v1/mi/solicitudes/" + a + "/cfdi", "{}", other.bearer())
                .statusCode())
        .isEqualTo(404);
    var badRfc =
        http.postJson(
            "/api/v1/mi/solicitudes/" + b + "/cfdi", "{\"rfc\":\"NO-ES-RFC\"}", c.bearer());
    assertThat(badRfc.statusCode()).isEqualTo(422);
  }

  @Test
  void aCounterAppointmentHoldsItsSeatAndIsRemindedOnce() throws Exception {
    Http http = new Http();
    CitizenAccountIT.Citizen a =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("cita.a"));
    CitizenAccountIT.Citizen b =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("cita.b"));
    // the demo's Protección Civil opinion is attended by Desarrollo Urbano: one seat per slot
    String code = "dictamen-proteccion-civil";
    var days =
        Json.createReader(
                new java.io.StringReader(
                    http.get("/api/v1/mi/solicitudes/citas/disponibles?tramite=" + code, a.bearer())
                        .body()))
            .readArray();
    assertThat(days).isNotEmpty();
    // a day far enough that other tests' bookings do not fill its first slot
    String day = days.getString(days.size() - 1);
    var slots =
        Json.createReader(
                new java.io.StringReader(
                    http.get(
                            "/api/v1/mi/solicitudes/citas/disponibles?tramite="
                                + code
                                + "&dia="
                                + day,
                            a.bearer())
                        .body()))
            .readArray();
    JsonObject free =
        slots.stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getInt("free") > 0)
            .findFirst()
            .orElseThrow();
    String slot = free.getString("time");
    String body =
        "{\"tramite\":\"" + code + "\",\"dia\":\"" + day + "\",\"hora\":\"" + slot + "\"}";

    var booked = http.postJson("/api/v1/mi/solicitudes/citas", body, a.bearer());
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    String folioA = Http.json(booked).getString("folio");
    assertThat(folioA).matches("CITA-\\d{4}-\\d{6}");
    // one booking per account and procedure; the slot's only seat is taken for everyone else
    assertThat(http.postJson("/api/v1/mi/solicitudes/citas", body, a.bearer()).statusCode())
        .isEqualTo(422);
    var full = http.postJson("/api/v1/mi/solicitudes/citas", body, b.bearer());
    assertThat(full.statusCode()).isEqualTo(422);
    assertThat(full.body()).contains("ya no tiene lugares");
    // another account cannot cancel it; she can, and the seat is free again
    assertThat(
            http.send("DELETE", "/api/v1/mi/solicitudes/citas/" + folioA, null, b.bearer())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Http.json(
                    http.send("DELETE", "/api/v1/mi/solicitudes/citas/" + folioA, null, a.bearer()))
                .getString("status"))
        .isEqualTo("CANCELADA");
    var rebooked = http.postJson("/api/v1/mi/solicitudes/citas", body, b.bearer());
    assertThat(rebooked.statusCode()).as(rebooked.body()).isEqualTo(201);
    String folioB = Http.json(rebooked).getString("folio");

    // the reminders of that day: sent once, only by ADMIN
    Http admin = new Http().login("admin", "Demo.2026!");
    assertThat(
            new Http()
                .login("capturista", "Demo.2026!")
                .postJson("/api/v1/tramites/citas/recordatorios?fecha=" + day, "{}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Http.json(admin.postJson("/api/v1/tramites/citas/recordatorios?fecha=" + day, "{}"))
                .getInt("enviados"))
        .isPositive();
    assertThat(
            Http.json(admin.postJson("/api/v1/tramites/citas/recordatorios?fecha=" + day, "{}"))
                .getInt("enviados"))
        .isZero();
    JsonObject notices = Http.json(http.get("/api/v1/mi/avisos", b.bearer()));
    List<String> subjects =
        notices.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(n -> n.getString("subject"))
            .toList();
    assertThat(subjects).contains("Cita " + folioB + " confirmada", "Recordatorio: cita " + folioB);
    assertThat(subjects.stream().filter(x -> x.equals("Recordatorio: cita " + folioB)).count())
        .isEqualTo(1);
  }

  @Test
  void everyTramitesAndCobrosPageWithEveryRoleAndAnotherCitizensFolio() throws Exception {
    CitizenAccountIT.Citizen c = CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("roles"));
    Http http = new Http();
    String folio = file(http, c, fixedFeeProcedure());
    String[] pages = {
      "/consola/tramites/expedientes.xhtml",
      "/consola/tramites/expediente.xhtml?folio=" + folio,
      "/consola/tramites/citas.xhtml",
      "/consola/tramites/catalogo.xhtml",
      "/consola/tramites/editar.xhtml?c=licencia-funcionamiento-bajo-riesgo",
      "/consola/cobros/cobros.xhtml"
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
    // expedientes, expediente, citas, catálogo, editor, cobros
    assertThat(seen)
        .containsEntry("admin", "200 200 200 200 200 200")
        .containsEntry("supervisor", "200 200 200 200 200 200")
        .containsEntry("capturista", "200 200 200 403 403 403")
        .containsEntry("finanzas", "403 403 403 403 403 200")
        .containsEntry("atencion", "200 200 200 403 403 403")
        .containsEntry("auditor", "200 200 200 403 403 200")
        .containsEntry("pavg_especialista", "403 403 403 403 403 403")
        .containsEntry("pavg_supervisor", "403 403 403 403 403 403");
    // a neighbouring folio or another citizen's: not found, for the citizen and in the console
    // alike
    String next =
        folio.substring(0, folio.length() - 6)
            + String.format("%06d", Integer.parseInt(folio.substring(folio.length() - 6)) + 1000);
    Http clerk = new Http().login("capturista", "Demo.2026!");
    assertThat(clerk.get("/consola/tramites/expediente.xhtml?folio=" + next).statusCode())
        .isEqualTo(404);
    CitizenAccountIT.Citizen other =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("vecina"));
    assertThat(http.get("/api/v1/mi/solicitudes/" + folio, other.bearer()).statusCode())
        .isEqualTo(404);
    assertThat(
            http.postJson("/api/v1/mi/solicitudes/" + folio + "/tarjeta", "{}", other.bearer())
                .statusCode())
        .isEqualTo(404);
    // without a token the citizen API answers 401
    assertThat(http.get("/api/v1/mi/solicitudes/" + folio, new String[0]).statusCode())
        .isEqualTo(401);
  }

  /** A BBVA fixed-width file in the test domain's landing folder. */
  static Path bankFile(List<String> details) throws Exception {
    Path made = PredialReconciliationIT.bankFile(details, null);
    Path landing =
        Path.of(
            System.getProperty("it.root", "."),
            ".payara",
            "payara6",
            "glassfish",
            "domains",
            System.getProperty("it.domain", "ciudad-it-sys"),
            "predial",
            "entrada");
    Files.createDirectories(landing);
    if (!made.getParent()
        .toAbsolutePath()
        .normalize()
        .equals(landing.toAbsolutePath().normalize())) {
      Path moved = Files.move(made, landing.resolve(made.getFileName()));
      moved.toFile().setReadable(true, false);
      return moved;
    }
    return made;
  }

  /** The first online demo procedure with a fixed fee, with its definition. */
  static JsonObject fixedFeeProcedure() throws Exception {
    Http anon = new Http();
    for (JsonValue v :
        Http.json(anon.get("/api/v1/tramites?enLinea=true&max=100")).getJsonArray("items")) {
      JsonObject d = Http.json(anon.get("/api/v1/tramites/" + v.asJsonObject().getString("clave")));
      var fees = d.getJsonArray("fees");
      if (!fees.isEmpty() && fees.stream().allMatch(f -> f.asJsonObject().containsKey("amount"))) {
        return d;
      }
    }
    throw new AssertionError("sin trámite en línea con cuota fija");
  }

  /** Files the procedure with a valid answer for every field and a PDF for every document. */
  static String file(Http http, CitizenAccountIT.Citizen c, JsonObject t) throws Exception {
    JsonObjectBuilder answers = Json.createObjectBuilder();
    for (JsonValue v : t.getJsonArray("form")) {
      JsonObject f = v.asJsonObject();
      String value =
          switch (f.getString("type")) {
            case "curp" -> CitizenAccountIT.CURP_A;
            case "select" -> f.getJsonArray("options").getString(0);
            case "number" ->
                String.valueOf(
                    f.containsKey("min") ? Math.max(1, f.getJsonNumber("min").longValue()) : 10);
            case "date" -> LocalDate.now().toString();
            case "checkbox" -> "true";
            case "email" -> c.email();
            default -> "Prueba";
          };
      answers.add(f.getString("name"), value);
    }
    var docs = Json.createArrayBuilder();
    for (JsonValue v : t.getJsonArray("requirements")) {
      JsonObject r = v.asJsonObject();
      if (r.getBoolean("document")) {
        docs.add(
            Json.createObjectBuilder()
                .add("requisito", r.getString("code"))
                .add("nombre", r.getString("code") + ".pdf")
                .add("contenido", PDF));
      }
    }
    String body =
        Json.createObjectBuilder()
            .add("tramite", t.getString("code"))
            .add("respuestas", answers)
            .add("documentos", docs)
            .build()
            .toString();
    var r = http.postJson("/api/v1/mi/solicitudes", body, c.bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonObject created = Http.json(r);
    assertThat(created.getString("status")).isEqualTo("POR_PAGAR");
    return created.getString("folio");
  }
}
