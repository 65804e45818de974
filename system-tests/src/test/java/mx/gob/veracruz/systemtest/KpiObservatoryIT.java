package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The public observatory's open data, read without a login, checked against the staff's facts of
 * the same month (summed day by day from {@code /api/v1/kpi/hechos}): every published count is the
 * true one and reaches the threshold; a small count is suppressed, and so is enough else that the
 * published total minus the published cells cannot give it back; amounts follow their count; the
 * DCAT-AP catalogue lists every published indicator with downloads that answer.
 */
class KpiObservatoryIT {
  @Test
  void smallCountsAreSuppressedAlsoBySubtraction() throws Exception {
    LocalDate day = LocalDate.now(KpiJobIT.CITY);
    // A lone report of a service the other tests never file: a count of one this month.
    HttpResponse<String> filed =
        Open311IT.file(Open311IT.KEY, "INTERNET_PUBLICO", "email", "observatorio@example.org");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    Http admin = new Http().login("admin", "Demo.2026!");
    JsonObject run =
        KpiJobIT.run(
            admin, "/api/v1/trabajos/kpi-daily-aggregation", "{\"businessDate\":\"" + day + "\"}");
    assertThat(run.getString("batchStatus")).isEqualTo("COMPLETED");
    YearMonth month = YearMonth.from(day);

    Map<String, BigDecimal> truth = monthOf(admin, "sirc.recibidos", "SERVICIO", month);
    BigDecimal total = monthOf(admin, "sirc.recibidos", "TOTAL", month).get("-");
    JsonObject pub = published("sirc.recibidos", "SERVICIO", month);
    int k = pub.getInt("umbral");
    assertThat(k).isEqualTo(5);
    Map<String, BigDecimal> shown = new HashMap<>();
    List<String> hidden = new java.util.ArrayList<>();
    for (JsonValue v : pub.getJsonArray("valores")) {
      JsonObject c = v.asJsonObject();
      assertThat(c.getString("mes")).isEqualTo(month.toString());
      assertThat(c.getString("etiqueta")).isNotBlank();
      if (c.getBoolean("suprimido")) {
        assertThat(c.get("valor")).isEqualTo(JsonValue.NULL);
        hidden.add(c.getString("clave"));
      } else {
        shown.put(c.getString("clave"), c.getJsonNumber("valor").bigDecimalValue());
      }
    }
    assertThat(truth.get("INTERNET_PUBLICO")).isNotNull();
    // Every cell of the staff's table is in the public one, published with its true value or
    // hidden.
    assertThat(shown.size() + hidden.size()).isEqualTo(truth.size());
    shown.forEach(
        (key, v) -> {
          assertThat(v).as(key).isEqualByComparingTo(truth.get(key));
          assertThat(v.signum() == 0 || v.intValue() >= k).as(key + " publicado con " + v).isTrue();
        });
    List<String> small =
        truth.entrySet().stream()
            .filter(e -> e.getValue().signum() > 0 && e.getValue().intValue() < k)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(small).as("al menos un conteo pequeño en el mes").isNotEmpty();
    assertThat(hidden).containsAll(small);
    // Subtraction: the public total minus the published cells is what is hidden, and it is split
    // between at least two cells adding up to the threshold or more.
    JsonObject pubTotal = published("sirc.recibidos", "TOTAL", month);
    JsonObject t = pubTotal.getJsonArray("valores").getJsonObject(0);
    assertThat(t.getBoolean("suprimido")).isFalse();
    assertThat(t.getJsonNumber("valor").bigDecimalValue()).isEqualByComparingTo(total);
    BigDecimal rest =
        total.subtract(shown.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(hidden).hasSizeGreaterThanOrEqualTo(2);
    assertThat(rest.intValue()).isGreaterThanOrEqualTo(k);
    assertThat(rest)
        .isEqualByComparingTo(
            hidden.stream().map(truth::get).reduce(BigDecimal.ZERO, BigDecimal::add));

    // An amount is hidden exactly where its count is.
    JsonObject amounts = published("predial.recaudado", "CANAL", month);
    JsonObject counts = published("predial.pagos", "CANAL", month);
    Map<String, Boolean> countHidden = new TreeMap<>();
    counts
        .getJsonArray("valores")
        .forEach(
            v ->
                countHidden.put(
                    v.asJsonObject().getString("clave"), v.asJsonObject().getBoolean("suprimido")));
    Map<String, Boolean> amountHidden = new TreeMap<>();
    amounts
        .getJsonArray("valores")
        .forEach(
            v ->
                amountHidden.put(
                    v.asJsonObject().getString("clave"), v.asJsonObject().getBoolean("suprimido")));
    assertThat(amountHidden).isEqualTo(countHidden);

    // Bad input is a problem+json, never a figure.
    HttpResponse<String> bad =
        new Http().get("/api/v1/kpi/publico/valores?indicador=sirc.recibidos&desde=2026-13");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(new Http().get("/api/v1/kpi/publico/valores?indicador=sirc.horas_p90").statusCode())
        .isEqualTo(422);
    assertThat(
            new Http()
                .get("/api/v1/kpi/publico/valores?indicador=sirc.recibidos&dimension=BANCO")
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void theCatalogueListsEveryPublishedIndicatorWithDownloadsThatAnswer() throws Exception {
    HttpResponse<String> r = new Http().get("/datos/catalogo.jsonld");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
    JsonObject catalogue = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(catalogue.getString("@type")).isEqualTo("dcat:Catalog");
    assertThat(catalogue.getJsonObject("@context").getString("dcat"))
        .isEqualTo("http://www.w3.org/ns/dcat#");
    JsonArray datasets = catalogue.getJsonArray("dcat:dataset");
    JsonObject defs = Http.json(new Http().get("/api/v1/kpi/publico/indicadores"));
    List<String> codes =
        defs.getJsonArray("indicadores").stream()
            .map(v -> v.asJsonObject().getString("codigo"))
            .toList();
    assertThat(codes)
        .contains("sirc.recibidos", "predial.recaudado", "kpi.personas")
        .doesNotContain("sirc.horas_p90");
    assertThat(datasets.stream().map(d -> d.asJsonObject().getString("dct:identifier")).toList())
        .containsExactlyInAnyOrderElementsOf(codes);
    for (JsonValue v : datasets) {
      JsonObject d = v.asJsonObject();
      assertThat(d.getString("@type")).isEqualTo("dcat:Dataset");
      assertThat(d.getJsonObject("dct:title").getString("@value")).isNotBlank();
      assertThat(d.getJsonObject("dct:license").getString("@id"))
          .startsWith("https://creativecommons.org/");
      JsonArray dist = d.getJsonArray("dcat:distribution");
      assertThat(dist).hasSize(2);
      for (JsonValue x : dist) {
        String url = x.asJsonObject().getJsonObject("dcat:downloadURL").getString("@id");
        String path = url.substring(url.indexOf("/api/"));
        HttpResponse<String> file = new Http().get(path);
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        if (path.endsWith(".csv")) {
          List<CSVRecord> rows =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(new StringReader(file.body().replace("\uFEFF", "")))
                  .getRecords();
          assertThat(
                  rows.isEmpty() || rows.get(0).getParser().getHeaderNames().contains("suprimido"))
              .isTrue();
          for (CSVRecord row : rows) {
            assertThat(row.get("indicador")).isEqualTo(d.getString("dct:identifier"));
            if (row.get("suprimido").equals("sí")) {
              assertThat(row.get("valor")).isEmpty();
            }
          }
        } else {
          assertThat(Http.json(file).getJsonObject("indicador").getString("codigo"))
              .isEqualTo(d.getString("dct:identifier"));
        }
      }
    }
    // The observatory page itself needs no login either.
    HttpResponse<String> page = new Http().get("/datos/index.xhtml?indicador=sirc.recibidos");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Observatorio de indicadores de gestión", "catalogo.jsonld");
  }

  private static JsonObject published(String indicator, String dimension, YearMonth m)
      throws Exception {
    HttpResponse<String> r =
        new Http()
            .get(
                "/api/v1/kpi/publico/valores?indicador="
                    + indicator
                    + "&dimension="
                    + dimension
                    + "&desde="
                    + m
                    + "&hasta="
                    + m);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r);
  }

  /** The staff's daily facts of a month, summed per key (counts add over days). */
  private static Map<String, BigDecimal> monthOf(
      Http staff, String indicator, String dimension, YearMonth m) throws Exception {
    return KpiJobIT.summed(staff, indicator, dimension, m.atDay(1), m.atEndOfMonth());
  }
}
