package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The indicators job's predial figures for a day against other code paths over the same data: the
 * amounts and payments per channel and bank against the payments list (paged native list, summed
 * here row by row), the bank-file lines per outcome against the reconciliation's line queue (JPQL
 * counts), and open and resolved exceptions against that queue's pending count.
 */
class KpiPredialIT {
  private static final String[] OUTCOMES = {
    "APLICADO",
    "CONFIRMADO",
    "PARCIAL",
    "SOBREPAGO",
    "VENCIDA",
    "DESCONOCIDA",
    "DUPLICADO",
    "MAL_FORMADA"
  };

  @Test
  void theDaysCollectionAndReconciliationFiguresMatchThePaymentsListAndTheLineQueue()
      throws Exception {
    LocalDate day = LocalDate.now(KpiJobIT.CITY);
    List<PredialReconciliationIT.Slip> slips = PredialReconciliationIT.slips(180, 3);
    List<String> details = new ArrayList<>();
    details.add(
        PredialReconciliationIT.line(
            slips.get(0).reference(), slips.get(0).amount(), day, "K0001")); // APLICADO
    details.add(
        PredialReconciliationIT.line(
            slips.get(1).reference(),
            slips.get(1).amount().add(new BigDecimal("25.00")),
            day,
            "K0002")); // SOBREPAGO
    details.add(
        PredialReconciliationIT.line(
            "10000000000000009", new BigDecimal("42.00"), day, "K0003")); // DESCONOCIDA
    var file = PredialReconciliationIT.bankFile(details, null);
    JsonObject rec =
        PredialReconciliationIT.run(
            "{\"businessDate\":\"" + day + "\",\"files\":\"" + file.getFileName() + "\"}");
    assertThat(rec.getString("batchStatus")).as(rec.toString()).isEqualTo("COMPLETED");

    // two exceptions of this file settled with the two-person rule: one approved (resolved), one
    // only requested (still open until a supervisor approves it)
    Http finance = new Http().login("finanzas", "Demo.2026!");
    List<Long> ours = new ArrayList<>();
    for (JsonValue v :
        Http.json(
                finance.get(
                    "/api/v1/predial/conciliaciones/lineas?fecha="
                        + day
                        + "&pendientes=true"
                        + "&tamano=500"))
            .getJsonArray("items")) {
      JsonObject l = v.asJsonObject();
      if (l.getString("fileName").equals(file.getFileName().toString())
          && (!l.containsKey("resolution") || l.isNull("resolution"))) {
        ours.add(l.getJsonNumber("id").longValue());
      }
    }
    assertThat(ours).hasSize(2); // SOBREPAGO and DESCONOCIDA
    for (long id : ours) {
      var asked =
          finance.postJson(
              "/api/v1/predial/conciliaciones/lineas/" + id + "/resolucion",
              "{\"accion\":\"DEVOLVER\",\"nota\":\"Devuelto al banco por oficio 123/2026\"}");
      assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    }
    Http supervisor = new Http().login("supervisor", "Demo.2026!");
    assertThat(
            finance
                .postJson(
                    "/api/v1/predial/conciliaciones/lineas/" + ours.get(0) + "/aprobacion",
                    "{\"aprobar\":true}")
                .statusCode())
        .as("quien solicita no aprueba")
        .isEqualTo(403);
    var approved =
        supervisor.postJson(
            "/api/v1/predial/conciliaciones/lineas/" + ours.get(0) + "/aprobacion",
            "{\"aprobar\":true}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(Http.json(approved).getString("resolvedBy")).isEqualTo("supervisor");

    Http admin = new Http().login("admin", "Demo.2026!");
    JsonObject kpi =
        KpiJobIT.run(
            admin, "/api/v1/trabajos/kpi-daily-aggregation", "{\"businessDate\":\"" + day + "\"}");
    assertThat(kpi.getString("batchStatus")).isEqualTo("COMPLETED");

    // the payments list of the day, every page, summed here per channel and per bank
    Map<String, BigDecimal> amountByChannel = new TreeMap<>();
    Map<String, BigDecimal> countByChannel = new TreeMap<>();
    Map<String, BigDecimal> amountByBank = new TreeMap<>();
    Map<String, BigDecimal> countByBank = new TreeMap<>();
    BigDecimal listed = BigDecimal.ZERO;
    long total = -1;
    int seen = 0;
    for (int first = 0; total < 0 || first < total; first += 100) {
      JsonObject page =
          Http.json(
              finance.get(
                  "/api/v1/predial/pagos?desde="
                      + day
                      + "&hasta="
                      + day
                      + "&tamano=100&primero="
                      + first));
      total = page.getJsonNumber("total").longValue();
      if (first == 0) {
        listed = new BigDecimal(page.get("amount").toString().replace("\"", ""));
      }
      for (JsonValue v : page.getJsonArray("items")) {
        JsonObject p = v.asJsonObject();
        seen++;
        BigDecimal amount = new BigDecimal(p.get("amount").toString().replace("\"", ""));
        String channel = p.getString("channel");
        amountByChannel.merge(channel, amount, BigDecimal::add);
        countByChannel.merge(channel, BigDecimal.ONE, BigDecimal::add);
        if (channel.equals("BANCO") && !p.isNull("bank")) {
          amountByBank.merge(p.getString("bank"), amount, BigDecimal::add);
          countByBank.merge(p.getString("bank"), BigDecimal.ONE, BigDecimal::add);
        }
      }
      if (page.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    assertThat(seen).isEqualTo(total);
    assertThat(countByChannel).containsKey("BANCO");
    assertThat(amountByBank).containsKey("BBVA");
    BigDecimal summed = amountByChannel.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(summed).isEqualByComparingTo(listed);

    assertEqual(KpiJobIT.summed(admin, "predial.recaudado", "CANAL", day, day), amountByChannel);
    assertEqual(KpiJobIT.summed(admin, "predial.pagos", "CANAL", day, day), countByChannel);
    assertEqual(KpiJobIT.summed(admin, "predial.recaudado", "BANCO", day, day), amountByBank);
    assertEqual(KpiJobIT.summed(admin, "predial.pagos", "BANCO", day, day), countByBank);
    assertThat(KpiJobIT.summed(admin, "predial.recaudado", "TOTAL", day, day).get("-"))
        .isEqualByComparingTo(listed);
    assertThat(KpiJobIT.summed(admin, "predial.pagos", "TOTAL", day, day).get("-"))
        .isEqualByComparingTo(BigDecimal.valueOf(total));

    // the day's bank-file lines per outcome, as the reconciliation's queue counts them
    Map<String, BigDecimal> queue = new TreeMap<>();
    long exceptions = 0;
    for (String outcome : OUTCOMES) {
      long n =
          Http.json(
                  finance.get(
                      "/api/v1/predial/conciliaciones/lineas?fecha="
                          + day
                          + "&resultado="
                          + outcome
                          + "&tamano=1"))
              .getJsonNumber("total")
              .longValue();
      if (n > 0) {
        queue.put(outcome, BigDecimal.valueOf(n));
      }
      if (!outcome.equals("APLICADO") && !outcome.equals("CONFIRMADO")) {
        exceptions += n;
      }
    }
    assertThat(queue).containsKeys("APLICADO", "SOBREPAGO", "DESCONOCIDA");
    Map<String, BigDecimal> byOutcome =
        KpiJobIT.summed(admin, "predial.conciliacion_lineas", "RESULTADO", day, day);
    byOutcome.remove("PENDIENTE");
    assertEqual(byOutcome, queue);
    long open =
        Http.json(
                finance.get(
                    "/api/v1/predial/conciliaciones/lineas?fecha=" + day + "&pendientes=true"))
            .getJsonNumber("total")
            .longValue();
    assertThat(open).isGreaterThanOrEqualTo(1); // ours: the DEVOLVER still waiting for approval
    assertThat(KpiJobIT.summed(admin, "predial.excepciones_abiertas", "TOTAL", day, day).get("-"))
        .isEqualByComparingTo(BigDecimal.valueOf(open));
    BigDecimal resolved =
        KpiJobIT.summed(admin, "predial.excepciones_resueltas", "TOTAL", day, day)
            .getOrDefault("-", BigDecimal.ZERO);
    assertThat(resolved).isGreaterThanOrEqualTo(BigDecimal.ONE);
    assertThat(resolved).isEqualByComparingTo(BigDecimal.valueOf(exceptions - open));
  }

  @Test
  void thePaymentsListNeedsAFinanceRoleAndAValidPeriod() throws Exception {
    LocalDate day = LocalDate.now(KpiJobIT.CITY);
    String path = "/api/v1/predial/pagos?desde=" + day + "&hasta=" + day;
    assertThat(new Http().get(path).statusCode()).isIn(401, 403);
    assertThat(new Http().login("capturista", "Demo.2026!").get(path).statusCode()).isEqualTo(403);
    Http finance = new Http().login("finanzas", "Demo.2026!");
    var bad = finance.get("/api/v1/predial/pagos?desde=ayer&hasta=" + day);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(
            finance
                .get("/api/v1/predial/pagos?desde=" + day + "&hasta=" + day.minusDays(1))
                .statusCode())
        .isEqualTo(422);
  }

  private static void assertEqual(Map<String, BigDecimal> facts, Map<String, BigDecimal> listed) {
    assertThat(facts.keySet()).isEqualTo(listed.keySet());
    facts.forEach((k, v) -> assertThat(v).as(k).isEqualByComparingTo(listed.get(k)));
  }
}
