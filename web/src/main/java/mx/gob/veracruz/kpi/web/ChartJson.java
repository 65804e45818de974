package mx.gob.veracruz.kpi.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Chart.js configurations for {@code p:chart value="…"} (PrimeFaces 15 ships Chart.js 4). */
final class ChartJson {
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  static final String INK = "#1f4e79";
  static final String PREVIOUS = "#9e9e9e";
  static final String TARGET = "#c62828";
  private static final String[] PALETTE = {
    "#1f4e79", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#5d4037", "#455a64",
    "#9e9d24", "#ad1457"
  };

  private ChartJson() {}

  record Series(String label, List<BigDecimal> values, String color, boolean dashed) {}

  static String line(List<String> labels, List<Series> series, String unit) {
    JsonArrayBuilder ds = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonObjectBuilder d =
          JSON.createObjectBuilder()
              .add("label", s.label())
              .add("data", numbers(s.values()))
              .add("borderColor", s.color())
              .add("backgroundColor", s.color())
              .add("pointRadius", labels.size() > 60 ? 0 : 2)
              .add("pointHitRadius", 6)
              .add("borderWidth", 2)
              .add("tension", 0.2)
              .add("spanGaps", false)
              .add("fill", false);
      if (s.dashed()) {
        d.add("borderDash", JSON.createArrayBuilder().add(5).add(4));
      }
      ds.add(d);
    }
    return JSON.createObjectBuilder()
        .add("type", "line")
        .add("data", JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", ds))
        .add("options", options(unit, false, true))
        .build()
        .toString();
  }

  static String bar(
      List<String> labels,
      BigDecimal[] values,
      BigDecimal[] previous,
      String label,
      String previousLabel,
      String unit) {
    boolean horizontal = labels.size() > 6 || labels.stream().anyMatch(l -> l.length() > 18);
    JsonArrayBuilder ds =
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("label", label)
                    .add("data", numbers(java.util.Arrays.asList(values)))
                    .add("backgroundColor", INK));
    if (previous != null) {
      ds.add(
          JSON.createObjectBuilder()
              .add("label", previousLabel)
              .add("data", numbers(java.util.Arrays.asList(previous)))
              .add("backgroundColor", PREVIOUS));
    }
    JsonObjectBuilder options = options(unit, horizontal, true);
    if (horizontal) {
      // every category labelled (Chart.js skips labels when they crowd)
      options
          .add("indexAxis", "y")
          .add(
              "scales",
              JSON.createObjectBuilder()
                  .add(
                      "x",
                      JSON.createObjectBuilder()
                          .add("beginAtZero", true)
                          .add(
                              "title",
                              JSON.createObjectBuilder().add("display", true).add("text", unit)))
                  .add(
                      "y",
                      JSON.createObjectBuilder()
                          .add("ticks", JSON.createObjectBuilder().add("autoSkip", false))));
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add("data", JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", ds))
        .add("options", options)
        .build()
        .toString();
  }

  /** Bars by period with one stacked series per key (a gap where a cell is suppressed). */
  static String stacked(List<String> labels, List<Series> series, String unit) {
    JsonArrayBuilder ds = JSON.createArrayBuilder();
    int n = 0;
    for (Series s : series) {
      ds.add(
          JSON.createObjectBuilder()
              .add("label", s.label())
              .add("data", numbers(s.values()))
              .add("backgroundColor", PALETTE[n++ % PALETTE.length]));
    }
    JsonObjectBuilder axis =
        JSON.createObjectBuilder()
            .add("stacked", true)
            .add("beginAtZero", true)
            .add("title", JSON.createObjectBuilder().add("display", true).add("text", unit));
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add("data", JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", ds))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("locale", "es-MX")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("position", "bottom")))
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add("x", JSON.createObjectBuilder().add("stacked", true))
                        .add("y", axis)))
        .build()
        .toString();
  }

  static String donut(List<String> labels, BigDecimal[] values) {
    JsonArrayBuilder colors = JSON.createArrayBuilder();
    for (int i = 0; i < labels.size(); i++) {
      colors.add(PALETTE[i % PALETTE.length]);
    }
    return JSON.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", strings(labels))
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add("data", numbers(java.util.Arrays.asList(values)))
                                .add("backgroundColor", colors))))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("locale", "es-MX")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("position", "right"))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder options(String unit, boolean horizontal, boolean legend) {
    JsonObjectBuilder axis =
        JSON.createObjectBuilder()
            .add("beginAtZero", true)
            .add("title", JSON.createObjectBuilder().add("display", true).add("text", unit));
    return JSON.createObjectBuilder()
        .add("locale", "es-MX")
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "interaction",
            JSON.createObjectBuilder().add("mode", "nearest").add("intersect", false))
        .add(
            "plugins",
            JSON.createObjectBuilder()
                .add(
                    "legend",
                    JSON.createObjectBuilder().add("display", legend).add("position", "bottom")))
        .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", axis));
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static JsonArrayBuilder numbers(List<BigDecimal> values) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (BigDecimal v : values) {
      if (v == null) {
        a.addNull();
      } else {
        a.add(v);
      }
    }
    return a;
  }
}
