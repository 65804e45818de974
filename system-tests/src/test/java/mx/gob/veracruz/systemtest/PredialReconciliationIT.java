package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nightly reconciliation job in the deployed EAR, on real bank files (fixed-width layout, BBVA
 * check digits) built from slips the portal issued: every outcome, exact counts, the same file
 * twice, a trailer that does not match, and a restart after a failure half-way.
 */
class PredialReconciliationIT {
  private static int sequence = (int) (System.currentTimeMillis() % 500);

  /** A slip issued through the portal for a demo predio: reference, amount, valid until. */
  record Slip(String reference, BigDecimal amount, LocalDate validUntil, long predioId) {}

  @Test
  void aDirtyFileEndsWithEveryOutcomeCountedExactlyAndTheSameFileIsNotImportedTwice()
      throws Exception {
    List<Slip> slips = slips(60, 4);
    LocalDate day = LocalDate.now();
    List<String> details = new ArrayList<>();
    details.add(line(slips.get(0).reference(), slips.get(0).amount(), day, "A0001")); // APLICADO
    details.add(
        line(
            slips.get(1).reference(),
            slips.get(1).amount().subtract(new BigDecimal("10.00")),
            day,
            "A0002")); // PARCIAL
    details.add(
        line(
            slips.get(2).reference(),
            slips.get(2).amount().add(new BigDecimal("50.00")),
            day,
            "A0003")); // SOBREPAGO
    details.add(
        line(
            slips.get(3).reference(),
            slips.get(3).amount(),
            slips.get(3).validUntil().plusDays(1),
            "A0004")); // VENCIDA
    details.add(
        line(
            "10000000000000009",
            new BigDecimal("99.00"),
            day,
            "A0005")); // DESCONOCIDA (valid Luhn)
    details.add(line(slips.get(0).reference(), slips.get(0).amount(), day, "A0001")); // DUPLICADO
    details.add("D1234XXXXXXXXXXXXXXXXXNOTANAMOUNT!!2026xx"); // MAL_FORMADA
    Path file = bankFile(details, null);
    byte[] content = Files.readAllBytes(file);
    JsonObject run =
        run(
            "{\"businessDate\":\""
                + day
                + "\",\"files\":\""
                + file.getFileName()
                + "\",\"chunkSize\":\"3\"}");
    assertThat(run.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(run.getString("exitStatus"))
        .isEqualTo(
            "CUADRA ACEPTADOS=1 RECHAZADOS=0 APLICADO=1 DESCONOCIDA=1"
                + " DUPLICADO=1 MAL_FORMADA=1 PARCIAL=1 SOBREPAGO=1 VENCIDA=1");
    JsonObject summary = summaryOf(day, file);
    assertThat(summary.getBoolean("balanced")).isTrue();
    assertThat(summary.getJsonNumber("lines").longValue()).isEqualTo(7);
    assertThat(bankPayments(slips.get(0).predioId())).isEqualTo(1);

    // The exceptions queue offers the expired slip itself for the VENCIDA line.
    Http finance = new Http().login("finanzas", "Demo.2026!");
    JsonObject queue =
        Http.json(
            finance.get(
                "/api/v1/predial/conciliaciones/lineas?fecha="
                    + day
                    + "&archivo="
                    + summary.getJsonNumber("archivoId").longValue()
                    + "&resultado=VENCIDA"));
    assertThat(queue.getJsonNumber("total").longValue()).isEqualTo(1);
    long expiredLine = queue.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    var suggestions =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    finance
                        .get(
                            "/api/v1/predial/conciliaciones/lineas/" + expiredLine + "/sugerencias")
                        .body()))
            .readArray();
    assertThat(suggestions).isNotEmpty();
    assertThat(suggestions.getJsonObject(0).getString("reference"))
        .isEqualTo(slips.get(3).reference());
    assertThat(suggestions.getJsonObject(0).getJsonNumber("predioId").longValue())
        .isEqualTo(slips.get(3).predioId());

    // The bank delivers the same file again (another name, same bytes): refused, nothing posted
    // twice.
    assertThat(file).doesNotExist(); // archived after the first run
    Path redelivered =
        Files.write(Files.createTempFile(landing(), "bbva-de-nuevo-", ".txt"), content);
    JsonObject again =
        run("{\"businessDate\":\"" + day + "\",\"files\":\"" + redelivered.getFileName() + "\"}");
    assertThat(again.getString("exitStatus")).isEqualTo("CUADRA ACEPTADOS=0 RECHAZADOS=1");
    assertThat(redelivered).doesNotExist();
    assertThat(landing().resolveSibling("rechazados").resolve(redelivered.getFileName())).exists();
    assertThat(bankPayments(slips.get(0).predioId())).isEqualTo(1);
  }

  @Test
  void aFileWhoseTrailerDoesNotMatchIsRejectedWhole() throws Exception {
    List<Slip> slips = slips(100, 1);
    LocalDate day = LocalDate.now();
    Path file =
        bankFile(List.of(line(slips.get(0).reference(), slips.get(0).amount(), day, "B0001")), 2L);
    JsonObject run =
        run("{\"businessDate\":\"" + day + "\",\"files\":\"" + file.getFileName() + "\"}");
    assertThat(run.getString("exitStatus")).isEqualTo("CUADRA ACEPTADOS=0 RECHAZADOS=1");
    JsonObject summary = summaryOf(day, file);
    assertThat(summary.getString("status")).isEqualTo("RECHAZADO");
    assertThat(summary.getJsonNumber("lines").longValue()).isZero();
    assertThat(bankPayments(slips.get(0).predioId())).isZero();
    // A refused file leaves the landing folder (it would be refused again every night) ...
    assertThat(file).doesNotExist();
    Path refused = landing().resolveSibling("rechazados").resolve(file.getFileName());
    assertThat(refused).exists();
    // ... and when the bank sends the same bytes again, the refusal says what really happened.
    Path redelivered = Files.copy(refused, landing().resolve("otra-vez-" + file.getFileName()));
    JsonObject again =
        run("{\"businessDate\":\"" + day + "\",\"files\":\"" + redelivered.getFileName() + "\"}");
    assertThat(again.getString("exitStatus")).isEqualTo("CUADRA ACEPTADOS=0 RECHAZADOS=1");
    // The server log names the reason (Payara writes its log through a queue: wait for the line).
    Path log = landing().getParent().getParent().resolve("logs").resolve("server.log");
    String expected =
        "Archivo rechazado "
            + redelivered.getFileName()
            + ": Este mismo archivo (mismo SHA-256) ya se recibió el";
    Instant deadline = Instant.now().plusSeconds(20);
    while (!Files.readString(log).contains(expected) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(Files.readString(log))
        .contains(expected)
        .contains("y se rechazó: El registro de control no cuadra");
  }

  @Test
  void aLineWithAnUnreadableDateKeepsItsAmountInTheControlSumAndTheRestIsApplied()
      throws Exception {
    List<Slip> slips = slips(285, 2);
    LocalDate day = LocalDate.now();
    String good = line(slips.get(0).reference(), slips.get(0).amount(), day, "M0001");
    String bad = line(slips.get(1).reference(), slips.get(1).amount(), day, "M0002");
    bad = bad.substring(0, 38) + "13" + bad.substring(40); // month 13
    Path file = bankFile(List.of(good, bad), null); // the trailer's total includes both amounts
    JsonObject run =
        run("{\"businessDate\":\"" + day + "\",\"files\":\"" + file.getFileName() + "\"}");
    assertThat(run.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(run.getString("exitStatus"))
        .isEqualTo("CUADRA ACEPTADOS=1 RECHAZADOS=0 APLICADO=1 MAL_FORMADA=1");
    assertThat(summaryOf(day, file).getBoolean("balanced")).isTrue();
    assertThat(bankPayments(slips.get(0).predioId())).isEqualTo(1);
    assertThat(bankPayments(slips.get(1).predioId())).isZero();
  }

  @Test
  void theJobReadsOnlyNamesFromTheLandingFolderAndOnlyTheRolesOfTheJobMayStartIt()
      throws Exception {
    Http finance = new Http().login("finanzas", "Demo.2026!");
    String day = LocalDate.now().toString();
    for (String files :
        List.of("/etc/passwd", "../../config/domain.xml", "..", "no-existe.txt", "a/b.txt")) {
      HttpResponse<String> r =
          finance.postJson(
              "/api/v1/trabajos/predial-payment-reconciliation",
              "{\"businessDate\":\"" + day + "\",\"files\":\"" + files + "\"}");
      assertThat(r.statusCode()).as(files + ": " + r.body()).isEqualTo(422);
      assertThat(r.body()).contains("archivo-invalido");
    }
    HttpResponse<String> typo =
        finance.postJson(
            "/api/v1/trabajos/predial-payment-reconciliation",
            "{\"businessDate\":\"" + day + "\",\"fles\":\"x.txt\"}");
    assertThat(typo.statusCode()).isEqualTo(422);
    assertThat(typo.body()).contains("parametro-desconocido");
    HttpResponse<String> noDate =
        finance.postJson("/api/v1/trabajos/predial-payment-reconciliation", "{}");
    assertThat(noDate.statusCode()).isEqualTo(422);

    Http auditor = new Http().login("auditor", "Demo.2026!");
    for (String job :
        List.of(
            "predial-payment-reconciliation",
            "predial-assessment",
            "common-audit-verification",
            "kpi-daily-aggregation")) {
      HttpResponse<String> r =
          auditor.postJson("/api/v1/trabajos/" + job, "{\"businessDate\":\"" + day + "\"}");
      assertThat(r.statusCode()).as(job + ": " + r.body()).isEqualTo(403);
    }
    // The auditor still reads executions (read-only).
    assertThat(
            auditor.get("/api/v1/trabajos/predial-payment-reconciliation/ejecuciones").statusCode())
        .isEqualTo(200);
    Http supervisor = new Http().login("supervisor", "Demo.2026!");
    assertThat(
            supervisor
                .postJson("/api/v1/trabajos/predial-assessment", "{\"fiscalYear\":\"2027\"}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void linesOfOneChunkSeeEachOthersPaymentsAndTheSamePaymentTwiceInAChunkIsPostedOnce()
      throws Exception {
    // The set-based match (issue 14) reads a chunk's accounts once and posts them in memory before
    // one batch per table: two payments of one predio in one chunk must each see the other's
    // credit, and the same bank payment twice in one chunk must be posted once.
    List<Slip> slips = slips(160, 2);
    Slip a = slips.get(0);
    Slip b = slips.get(1);
    LocalDate day = LocalDate.now();
    assertThat(a.amount()).isGreaterThan(new BigDecimal("0.10"));
    BigDecimal half = a.amount().divide(new BigDecimal("2"), 2, java.math.RoundingMode.DOWN);
    List<String> details = new ArrayList<>();
    details.add(line(a.reference(), half, day, "E0001")); // PARCIAL
    details.add(line(a.reference(), a.amount().subtract(half), day, "E0002")); // PARCIAL, the rest
    // the whole slip again: only what the two parts left (if anything) is owed, the rest is excess
    details.add(line(a.reference(), a.amount(), day, "E0004")); // SOBREPAGO
    details.add(line(b.reference(), b.amount(), day, "E0003")); // APLICADO
    details.add(line(b.reference(), b.amount(), day, "E0003")); // DUPLICADO, same chunk
    Path file = bankFile(details, null);
    JsonObject run =
        run(
            "{\"businessDate\":\""
                + day
                + "\",\"files\":\""
                + file.getFileName()
                + "\",\"chunkSize\":\"10\"}");
    assertThat(run.getString("exitStatus"))
        .isEqualTo("CUADRA ACEPTADOS=1 RECHAZADOS=0 APLICADO=1 DUPLICADO=1 PARCIAL=2 SOBREPAGO=1");
    // two parts, and the remainder of a discount the first part forfeited, if there was one
    assertThat(bankPayments(a.predioId())).isBetween(2L, 3L);
    assertThat(bankPayments(b.predioId())).isEqualTo(1);
    Http staff = new Http().login("finanzas", "Demo.2026!");
    JsonObject after =
        Http.json(staff.get("/api/v1/predial/predios/" + a.predioId() + "/estado-cuenta"));
    assertThat(after.getString("total")).isEqualTo("0.00");
  }

  @Test
  void aRunThatFailsHalfWayRestartsWithoutPostingAnythingTwice() throws Exception {
    List<Slip> slips = slips(120, 5);
    LocalDate day = LocalDate.now();
    List<String> details = new ArrayList<>();
    for (int i = 0; i < slips.size(); i++) {
      details.add(line(slips.get(i).reference(), slips.get(i).amount(), day, "C000" + i));
    }
    Path file = bankFile(details, null);
    JsonObject failed =
        run(
            "{\"businessDate\":\""
                + day
                + "\",\"files\":\""
                + file.getFileName()
                + "\",\"chunkSize\":\"2\",\"failAfterItems\":\"3\"}");
    assertThat(failed.getString("batchStatus")).isEqualTo("FAILED");
    JsonObject restarted =
        start(
            "/api/v1/trabajos/ejecuciones/" + failed.getJsonNumber("executionId") + "/reinicio",
            "{\"failAfterItems\":\"0\"}");
    assertThat(restarted.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(restarted.getString("exitStatus"))
        .isEqualTo("CUADRA ACEPTADOS=1 RECHAZADOS=0 APLICADO=5");
    for (Slip s : slips) {
      assertThat(bankPayments(s.predioId()))
          .as("pagos BANCO del predio " + s.predioId())
          .isEqualTo(1);
    }
  }

  @Test
  void theGatewayReportConfirmsWebhookPaymentsAndAppliesTheOnesWhoseWebhookNeverCame()
      throws Exception {
    String[] a = debtorWithToken(140);
    String[] b = debtorWithToken(a[3].equals("") ? 145 : Integer.parseInt(a[3]) + 1);
    String[] c = debtorWithToken(Integer.parseInt(b[3]) + 1);
    String chargeA = charge(a[2]);
    String chargeB = charge(b[2]);
    String chargeC = charge(c[2]);
    new Http()
        .postJson(
            PredialApiIT.GATEWAY + "/sandbox/charges/" + chargeC + "/complete",
            "{\"outcome\":\"paid\",\"delivery\":\"normal\"}");
    new Http()
        .postJson(
            PredialApiIT.GATEWAY + "/sandbox/charges/" + chargeA + "/complete",
            "{\"outcome\":\"paid\",\"delivery\":\"normal\"}");
    new Http()
        .postJson(
            PredialApiIT.GATEWAY + "/sandbox/charges/" + chargeB + "/complete",
            "{\"outcome\":\"paid\",\"delivery\":\"none\"}");
    assertThat(status(b[2], chargeB)).isEqualTo("PENDIENTE");
    LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC);
    HttpResponse<String> report =
        new Http()
            .get(
                PredialApiIT.GATEWAY + "/v1/settlements/" + day + ".csv",
                "Authorization",
                "Bearer sandbox-api-key");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains(chargeA).contains(chargeB);
    Path file = Files.createTempFile(landing(), "pasarela-" + day + "-", ".csv");
    // The gateway "forgets" charge C in its report: its webhook payment must be flagged, not lost.
    assertThat(report.body()).contains(chargeC);
    Files.writeString(
        file,
        report
            .body()
            .lines()
            .filter(l -> !l.startsWith(chargeC + ","))
            .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
    file.toFile().setReadable(true, false);
    JsonObject run =
        run("{\"businessDate\":\"" + day + "\",\"files\":\"" + file.getFileName() + "\"}");
    assertThat(run.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(run.getString("exitStatus"))
        .startsWith("CUADRA ACEPTADOS=1")
        .contains("CONFIRMADO=")
        .contains("APLICADO=");
    assertThat(status(b[2], chargeB)).isEqualTo("PAGADO");
    assertThat(status(a[2], chargeA)).isEqualTo("PAGADO");
    JsonObject summary = summaryOf(day, file);
    assertThat(summary.getBoolean("balanced")).isTrue();
    assertThat(onlinePayments(Long.parseLong(a[4]))).isEqualTo(1);
    assertThat(onlinePayments(Long.parseLong(b[4]))).isEqualTo(1);
    assertThat(run.getString("exitStatus")).contains("ALERTAS=");
    HttpResponse<String> alerts =
        new Http()
            .login("finanzas", "Demo.2026!")
            .get("/api/v1/predial/conciliaciones/alertas?fecha=" + day);
    assertThat(alerts.statusCode()).isEqualTo(200);
    var flagged =
        jakarta.json.Json.createReader(new java.io.StringReader(alerts.body())).readArray().stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("externalKey").equals("pasarela:" + chargeC))
            .toList();
    assertThat(flagged).hasSize(1);
    assertThat(flagged.get(0).getString("kind")).isEqualTo("SIN_REPORTE_PASARELA");
    assertThat(flagged.get(0).getString("fileName")).isEqualTo(file.getFileName().toString());
    assertThat(alerts.body())
        .doesNotContain("pasarela:" + chargeA)
        .doesNotContain("pasarela:" + chargeB);
  }

  /**
   * A real crash: the server's JVM is killed with {@code kill -9} while the job is matching lines,
   * then started again. The execution it left STARTED is marked FAILED at start-up and, restarted,
   * ends with every payment posted exactly once.
   */
  @Test
  void anExecutionLeftStartedByAKilledServerIsRecoveredAtStartUpAndRestartsWithoutDuplicates()
      throws Exception {
    List<Slip> slips = slips(220, 6);
    LocalDate day = LocalDate.now();
    List<String> details = new ArrayList<>();
    for (int i = 0; i < slips.size(); i++) {
      details.add(line(slips.get(i).reference(), slips.get(i).amount(), day, "K000" + i));
    }
    Path file = bankFile(details, null);
    Http finance = new Http().login("finanzas", "Demo.2026!");
    HttpResponse<String> started =
        finance.postJson(
            "/api/v1/trabajos/predial-payment-reconciliation",
            "{\"businessDate\":\""
                + day
                + "\",\"files\":\""
                + file.getFileName()
                + "\",\"chunkSize\":\"1\",\"pauseMillis\":\"1500\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Http.json(started).getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (bankPayments(slips.get(0).predioId()) == 0) {
      assertThat(Instant.now()).as("el trabajo no aplicó la primera línea").isBefore(deadline);
      Thread.sleep(300);
    }
    assertThat(bankPayments(slips.get(slips.size() - 1).predioId()))
        .as("el trabajo ya había terminado")
        .isZero();

    Process crash =
        new ProcessBuilder(
                "bash",
                System.getProperty("it.root") + "/config/bin/domain.sh",
                "crash",
                "ciudad-it-sys",
                System.getProperty("it.portbase", "21000"))
            .inheritIO()
            .start();
    assertThat(crash.waitFor()).as("domain.sh crash").isZero();

    JsonObject recovered = null;
    deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (recovered == null) {
      assertThat(Instant.now())
          .as("la ejecución " + id + " sigue STARTED tras el arranque")
          .isBefore(deadline);
      JsonObject e =
          Http.json(
              new Http().login("finanzas", "Demo.2026!").get("/api/v1/trabajos/ejecuciones/" + id));
      recovered = e.getString("batchStatus").equals("FAILED") ? e : null;
      Thread.sleep(1000);
    }
    assertThat(recovered.getString("exitStatus")).startsWith("RECUPERADA");
    JsonObject restarted =
        start("/api/v1/trabajos/ejecuciones/" + id + "/reinicio", "{\"pauseMillis\":\"0\"}");
    assertThat(restarted.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(restarted.getString("exitStatus")).startsWith("CUADRA").contains("APLICADO=6");
    for (Slip s : slips) {
      assertThat(bankPayments(s.predioId()))
          .as("pagos BANCO del predio " + s.predioId())
          .isEqualTo(1);
    }
  }

  /** clave, curp, token, offset of the predio found, predio id. */
  private static String[] debtorWithToken(int from) throws Exception {
    Http staff = new Http().login("finanzas", "Demo.2026!");
    JsonObject page = Http.json(staff.get("/api/v1/predial/predios?tamano=20&desde=" + from));
    int offset = from;
    for (var item : page.getJsonArray("items")) {
      long id = item.asJsonObject().getJsonNumber("id").longValue();
      JsonObject d = Http.json(staff.get("/api/v1/predial/predios/" + id));
      var owner = d.getJsonArray("owners").getJsonObject(0);
      if (!owner.isNull("curp")
          && !Http.json(staff.get("/api/v1/predial/predios/" + id + "/estado-cuenta"))
              .getString("total")
              .equals("0.00")) {
        String token =
            Http.json(
                    new Http()
                        .postJson(
                            "/api/v1/predial/consultas",
                            "{\"claveCatastral\":\""
                                + d.getString("claveCatastral")
                                + "\",\"verificacion\":\""
                                + owner.getString("curp")
                                + "\"}"))
                .getString("token");
        return new String[] {
          d.getString("claveCatastral"),
          owner.getString("curp"),
          token,
          String.valueOf(offset),
          String.valueOf(id)
        };
      }
      offset++;
    }
    throw new AssertionError("sin predios con adeudo desde " + from);
  }

  private static String charge(String token) throws Exception {
    HttpResponse<String> r =
        new Http()
            .postJson(
                "/api/v1/predial/pagos-en-linea",
                "{}",
                "X-Predial-Token",
                token,
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getString("chargeId");
  }

  private static String status(String token, String charge) throws Exception {
    return Http.json(
            new Http().get("/api/v1/predial/pagos-en-linea/" + charge, "X-Predial-Token", token))
        .getString("status");
  }

  private static long onlinePayments(long predioId) throws Exception {
    String body =
        new Http()
            .login("finanzas", "Demo.2026!")
            .get("/api/v1/predial/predios/" + predioId + "/pagos")
            .body();
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray().stream()
        .filter(
            v ->
                "EN_LINEA".equals(v.asJsonObject().getString("channel"))
                    && !v.asJsonObject().getString("channelDetail", "").startsWith("Histórico"))
        .count();
  }

  static List<Slip> slips(int from, int n) throws Exception {
    Http staff = new Http().login("finanzas", "Demo.2026!");
    List<Slip> out = new ArrayList<>();
    JsonObject page = Http.json(staff.get("/api/v1/predial/predios?tamano=40&desde=" + from));
    for (var item : page.getJsonArray("items")) {
      if (out.size() == n) {
        break;
      }
      long id = item.asJsonObject().getJsonNumber("id").longValue();
      JsonObject d = Http.json(staff.get("/api/v1/predial/predios/" + id));
      var owner = d.getJsonArray("owners").getJsonObject(0);
      if (owner.isNull("curp")
          || Http.json(staff.get("/api/v1/predial/predios/" + id + "/estado-cuenta"))
              .getString("total")
              .equals("0.00")) {
        continue;
      }
      Http citizen = new Http();
      String token =
          Http.json(
                  citizen.postJson(
                      "/api/v1/predial/consultas",
                      "{\"claveCatastral\":\""
                          + d.getString("claveCatastral")
                          + "\",\"verificacion\":\""
                          + owner.getString("curp")
                          + "\"}"))
              .getString("token");
      HttpResponse<String> r =
          citizen.postJson(
              "/api/v1/predial/formatos", "{\"banco\":\"BBVA\"}", "X-Predial-Token", token);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      JsonObject slip = Http.json(r);
      out.add(
          new Slip(
              slip.getString("reference"),
              new BigDecimal(slip.getString("amount")),
              LocalDate.parse(slip.getString("validUntil")),
              id));
    }
    assertThat(out).hasSize(n);
    return out;
  }

  static String line(String reference, BigDecimal amount, LocalDate day, String auth) {
    LocalDateTime at = day.atTime(10, 30);
    return "D"
        + pad(reference, 20)
        + String.format("%013d", amount.movePointRight(2).longValueExact())
        + at.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
        + "VE"
        + pad(auth, 10)
        + " ".repeat(20);
  }

  /**
   * A fixed-width BBVA file; {@code declaredCount} overrides the trailer's count (to make it lie).
   */
  static Path bankFile(List<String> details, Long declaredCount) throws Exception {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (String d : details) {
      String cents = d.length() >= 34 ? d.substring(21, 34) : "";
      if (cents.chars().allMatch(Character::isDigit) && !cents.isEmpty()) {
        total = total.add(new BigDecimal(cents).movePointLeft(2));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "H"
            + "BBVA"
            + LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", ++sequence % 1000)
            + " ".repeat(64));
    lines.addAll(details);
    lines.add(
        "T"
            + String.format("%08d", declaredCount == null ? details.size() : declaredCount)
            + String.format("%015d", total.movePointRight(2).longValueExact())
            + " ".repeat(56));
    Path file = Files.createTempFile(landing(), "bbva-", ".txt");
    Files.write(file, lines);
    file.toFile().setReadable(true, false);
    return file;
  }

  /** The test domain's landing folder: the job reads only files delivered there, by name. */
  static Path landing() throws java.io.IOException {
    Path p =
        Path.of(
            System.getProperty("it.root", "."),
            ".payara",
            "payara6",
            "glassfish",
            "domains",
            "ciudad-it-sys",
            "predial",
            "entrada");
    Files.createDirectories(p);
    return p;
  }

  private static JsonObject summaryOf(LocalDate day, Path file) throws Exception {
    HttpResponse<String> r =
        new Http()
            .login("finanzas", "Demo.2026!")
            .get("/api/v1/predial/conciliaciones?fecha=" + day);
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("fileName").equals(file.getFileName().toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("sin resumen para " + file));
  }

  private static long bankPayments(long predioId) throws Exception {
    String body =
        new Http()
            .login("finanzas", "Demo.2026!")
            .get("/api/v1/predial/predios/" + predioId + "/pagos")
            .body();
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray().stream()
        .filter(
            v ->
                "BANCO".equals(v.asJsonObject().getString("channel"))
                    && "APLICADO".equals(v.asJsonObject().getString("status"))
                    && !v.asJsonObject().getString("channelDetail", "").startsWith("Histórico"))
        .count();
  }

  static JsonObject run(String params) throws Exception {
    return start("/api/v1/trabajos/predial-payment-reconciliation", params);
  }

  private static JsonObject start(String path, String params) throws Exception {
    Http finance = new Http().login("finanzas", "Demo.2026!");
    HttpResponse<String> started = finance.postJson(path, params);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Http.json(started).getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject e = Http.json(finance.get("/api/v1/trabajos/ejecuciones/" + id));
      String status = e.getString("batchStatus");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        return e;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("la ejecución " + id + " no terminó en 3 minutos");
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s.substring(0, n) : s + " ".repeat(n - s.length());
  }
}
