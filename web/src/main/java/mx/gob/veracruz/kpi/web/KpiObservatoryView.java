package mx.gob.veracruz.kpi.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.kpi.KpiPublicFacade;
import mx.gob.veracruz.kpi.KpiValue;

/**
 * The public observatory ({@code /datos/index.xhtml}): a published indicator by month, with its
 * chart (a line for the total, bars or a colonia map for a breakdown's last month), its table, its
 * methodology and its downloads. Every figure comes through {@link KpiPublicFacade}: small counts,
 * and those a subtraction would give away, are suppressed before they reach the page.
 */
@Named
@ViewScoped
public class KpiObservatoryView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", ES_MX);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", ES_MX);

  @Inject private KpiPublicFacade facade;
  @Inject private KpiLabels labels;

  private String code;
  private String dimension;
  private String from;
  private String to;
  private KpiIndicator indicator;
  private List<Cell> cells = List.of();
  private String chart;
  private String mapValues;
  private String chartNote;
  private List<SelectItem> months = List.of();

  /** One published cell. */
  public record Cell(String month, String label, String key, String value, boolean suppressed)
      implements Serializable {}

  public void load() {
    List<KpiIndicator> all = facade.indicators();
    if (code == null || all.stream().noneMatch(i -> i.code().equals(code))) {
      code = all.isEmpty() ? null : all.get(0).code();
    }
    YearMonth[] span = facade.months();
    List<SelectItem> m = new ArrayList<>();
    if (span != null) {
      for (YearMonth y = span[1]; !y.isBefore(span[0]) && m.size() < 60; y = y.minusMonths(1)) {
        m.add(new SelectItem(y.toString(), capital(MONTH.format(y.atDay(1)))));
      }
      if (to == null || to.isBlank()) {
        to = span[1].toString();
      }
      if (from == null || from.isBlank()) {
        YearMonth f = YearMonth.parse(to).minusMonths(11);
        from = (f.isBefore(span[0]) ? span[0] : f).toString();
      }
    }
    months = m;
    show();
  }

  public void show() {
    cells = List.of();
    chart = null;
    mapValues = null;
    chartNote = null;
    if (code == null) {
      return;
    }
    indicator = facade.indicator(code);
    if (dimension == null || !indicator.hasDimension(dimension)) {
      dimension = "TOTAL";
    }
    if (from == null || to == null || from.isBlank() || to.isBlank()) {
      return;
    }
    try {
      YearMonth f = YearMonth.parse(from);
      YearMonth t = YearMonth.parse(to);
      List<KpiValue> values = facade.table(code, dimension, f, t);
      List<Cell> out = new ArrayList<>();
      for (KpiValue v : values) {
        out.add(
            new Cell(
                capital(SHORT.format(v.period())),
                labels.key(indicator.module(), dimension, v.key()),
                v.key(),
                v.suppressed()
                    ? String.format(KpiLabels.text("datos.suprimido"), facade.threshold())
                    : KpiLabels.format(v.value(), indicator.unit()),
                v.suppressed()));
      }
      cells = out;
      if (dimension.equals("TOTAL")) {
        List<String> chartLabels = new ArrayList<>();
        List<BigDecimal> series = new ArrayList<>();
        for (YearMonth y = f; !y.isAfter(t); y = y.plusMonths(1)) {
          LocalDate first = y.atDay(1);
          chartLabels.add(capital(SHORT.format(first)));
          series.add(
              values.stream()
                  .filter(v -> v.period().equals(first))
                  .findFirst()
                  .map(KpiValue::value)
                  .orElse(null));
        }
        chart =
            ChartJson.line(
                chartLabels,
                List.of(new ChartJson.Series(indicator.name(), series, ChartJson.INK, false)),
                indicator.unit());
      } else if (dimension.equals("COLONIA")) {
        // The map shows the last month of the period with published figures.
        LocalDate last =
            values.stream()
                .filter(v -> !v.suppressed())
                .map(KpiValue::period)
                .max(LocalDate::compareTo)
                .orElse(t.atDay(1));
        chartNote = String.format(KpiLabels.text("datos.ultimoMes"), MONTH.format(last));
        StringBuilder json = new StringBuilder("{");
        for (KpiValue v : values) {
          if (v.period().equals(last) && !v.suppressed()) {
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(v.key().replace("\"", ""))
                .append("\":")
                .append(v.value().toPlainString());
          }
        }
        mapValues = json.append('}').toString();
      } else {
        // One stacked series per key, the largest first; a suppressed cell is a gap.
        java.util.Map<String, BigDecimal> size = new java.util.HashMap<>();
        for (KpiValue v : values) {
          size.merge(v.key(), v.value() == null ? BigDecimal.ZERO : v.value(), BigDecimal::add);
        }
        List<String> keys =
            size.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .limit(10)
                .map(java.util.Map.Entry::getKey)
                .toList();
        List<String> chartLabels = new ArrayList<>();
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth y = f; !y.isAfter(t); y = y.plusMonths(1)) {
          periods.add(y);
          chartLabels.add(capital(SHORT.format(y.atDay(1))));
        }
        java.util.Map<String, BigDecimal> cell = new java.util.HashMap<>();
        for (KpiValue v : values) {
          if (v.value() != null) {
            cell.put(v.period() + "|" + v.key(), v.value());
          }
        }
        List<ChartJson.Series> series = new ArrayList<>();
        for (String key : keys) {
          List<BigDecimal> data = new ArrayList<>();
          for (YearMonth y : periods) {
            LocalDate first = y.atDay(1);
            data.add(cell.get(first + "|" + key));
          }
          series.add(
              new ChartJson.Series(
                  labels.key(indicator.module(), dimension, key), data, null, false));
        }
        chart = ChartJson.stacked(chartLabels, series, indicator.unit());
        if (size.size() > 10) {
          chartNote = String.format(KpiLabels.text("kpi.nota.top"), 10, size.size());
        }
      }
    } catch (BusinessRuleException e) {
      Messages.error(e, "observatory-form:");
    } catch (java.time.format.DateTimeParseException e) {
      Messages.error(
          new BusinessRuleException("periodo-invalido", "from", KpiLabels.text("datos.error.mes")),
          "observatory-form:");
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public List<SelectItem> getIndicators() {
    return facade.indicators().stream().map(i -> new SelectItem(i.code(), i.name())).toList();
  }

  public List<SelectItem> getDimensions() {
    return indicator == null
        ? List.of()
        : indicator.dimensions().stream().map(d -> new SelectItem(d, labels.dimension(d))).toList();
  }

  public String getRollupText() {
    return indicator == null ? "" : KpiLabels.text("kpi.rollup." + indicator.rollup());
  }

  public int getThresholdBelow() {
    return facade.threshold() - 1;
  }

  public int getThreshold() {
    return facade.threshold();
  }

  public KpiIndicator getIndicator() {
    return indicator;
  }

  public List<Cell> getCells() {
    return cells;
  }

  public String getChart() {
    return chart;
  }

  public String getMapValues() {
    return mapValues;
  }

  public String getChartNote() {
    return chartNote;
  }

  public List<SelectItem> getMonths() {
    return months;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDimension() {
    return dimension;
  }

  public void setDimension(String dimension) {
    this.dimension = dimension;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
