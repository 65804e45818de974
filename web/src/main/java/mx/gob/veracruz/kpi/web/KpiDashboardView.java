package mx.gob.veracruz.kpi.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.kpi.DashboardDocument;
import mx.gob.veracruz.kpi.KpiFacade;
import mx.gob.veracruz.kpi.KpiFact;
import mx.gob.veracruz.kpi.KpiValue;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The management dashboards ({@code /consola/indicadores/tablero.xhtml?t=alcaldia|sirc|finanzas}):
 * headline figures against the same period last year and their target, charts over the job's daily
 * facts with a date range, a click on a bar or a point opens the list behind it, each chart's data
 * exports as CSV/XLSX, and the whole dashboard prints as a PDF. Nothing here reads a module's rows:
 * only {@code KPI_FACT}, through {@link KpiFacade}.
 */
@Named
@ViewScoped
public class KpiDashboardView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("dd MMM", Locale.forLanguageTag("es-MX"));

  @Inject private KpiFacade kpi;
  @Inject private KpiLabels labels;
  @Inject private CityClock clock;

  private String board;
  private LocalDate from;
  private LocalDate to;
  private List<Card> cards = List.of();
  private List<Panel> panels = List.of();
  private String computedNote;
  private boolean noData;

  /** Whether the job has computed the whole of the same period last year (else no comparison). */
  private boolean previousComputed;

  /** How a panel draws and where a click on it leads. */
  public enum Kind {
    LINE,
    BAR,
    DONUT,
    MAP
  }

  public enum Drill {
    NONE,
    PAYMENTS_OF_DAY,
    PAYMENTS_OF_CHANNEL,
    PAYMENTS_OF_BANK,
    REPORTS_OF_DAY,
    REPORTS_OF_SERVICE,
    REPORTS_OF_COLONIA,
    COMPLIANCE
  }

  /** One row of a chart's data (what the export writes). */
  public record Row(String key, String label, BigDecimal value, BigDecimal previous, String unit)
      implements Serializable {
    public BigDecimal change() {
      return KpiLabels.change(value, previous);
    }

    public String valueText() {
      return KpiLabels.format(value, unit);
    }

    public String previousText() {
      return KpiLabels.format(previous, unit);
    }

    public String changeText() {
      return KpiLabels.formatChange(change());
    }
  }

  /** A headline figure. */
  public record Card(
      String code,
      String name,
      String value,
      String previous,
      String change,
      String target,
      String status,
      String definitionUrl)
      implements Serializable {}

  /** One chart of a dashboard, its data and its export. */
  public static final class Panel implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String indicator;
    private String dimension;
    private final Kind kind;
    private final boolean compare;
    private final Drill lineDrill;
    private List<jakarta.faces.model.SelectItem> choices = List.of();
    private final int top;
    private String title;
    private String note;
    private String unit;
    private String chart;
    private String mapValues;
    private List<Row> rows = List.of();
    private List<String> shownKeys = List.of();
    private final ShownList<Row> export;

    Panel(
        String id,
        String indicator,
        String dimension,
        Kind kind,
        boolean compare,
        Drill drill,
        int top) {
      this.id = id;
      this.indicator = indicator;
      this.dimension = dimension;
      this.kind = kind;
      this.compare = compare;
      this.lineDrill = drill;
      this.top = top;
      this.export =
          new ShownList<>(
              "indicador-" + indicator.replace('.', '-'),
              () -> rows,
              compare
                  ? List.of(
                      ExportColumn.id("kpi.clave", Row::key),
                      ExportColumn.text(kind == Kind.LINE ? "kpi.dia" : "kpi.concepto", Row::label),
                      ExportColumn.money("kpi.valor", Row::value),
                      ExportColumn.money("kpi.anterior", Row::previous),
                      ExportColumn.money("kpi.cambio", Row::change))
                  : List.of(
                      ExportColumn.id("kpi.clave", Row::key),
                      ExportColumn.text(kind == Kind.LINE ? "kpi.dia" : "kpi.concepto", Row::label),
                      ExportColumn.money("kpi.valor", Row::value)));
    }

    public String getId() {
      return id;
    }

    public String getIndicator() {
      return indicator;
    }

    public String getDimension() {
      return dimension;
    }

    public Kind getKind() {
      return kind;
    }

    public boolean isCompare() {
      return compare;
    }

    /** A line's points open the day's list; a breakdown's bars open the list of their key. */
    Drill drill() {
      if (kind == Kind.LINE) {
        return lineDrill;
      }
      boolean predial = indicator.startsWith("predial.");
      boolean sirc = indicator.startsWith("sirc.");
      return switch (dimension) {
        case "CANAL" -> predial ? Drill.PAYMENTS_OF_CHANNEL : Drill.NONE;
        case "BANCO" -> predial ? Drill.PAYMENTS_OF_BANK : Drill.NONE;
        case "SERVICIO" -> sirc ? Drill.REPORTS_OF_SERVICE : Drill.NONE;
        case "COLONIA" -> sirc ? Drill.REPORTS_OF_COLONIA : Drill.NONE;
        case "DEPENDENCIA" -> sirc ? Drill.COMPLIANCE : Drill.NONE;
        default -> Drill.NONE;
      };
    }

    public boolean isDrillable() {
      return drill() != Drill.NONE;
    }

    public void setDimension(String dimension) {
      if (choices.stream().anyMatch(c -> c.getValue().equals(dimension))) {
        this.dimension = dimension;
      }
    }

    /** The other breakdowns of the indicator the panel can switch to (none for lines and maps). */
    public List<jakarta.faces.model.SelectItem> getChoices() {
      return choices;
    }

    public String getTitle() {
      return title;
    }

    public String getNote() {
      return note;
    }

    public String getUnit() {
      return unit;
    }

    public String getChart() {
      return chart;
    }

    public String getMapValues() {
      return mapValues;
    }

    public List<Row> getRows() {
      return rows;
    }

    public ShownList<Row> getExport() {
      return export;
    }

    public boolean isWithoutData() {
      return rows.stream().allMatch(r -> r.value() == null);
    }
  }

  /** {@code f:viewAction}: the board from the URL (unknown: the mayor's), default period. */
  public void load() {
    if (board == null || !List.of("alcaldia", "sirc", "finanzas").contains(board)) {
      board = "alcaldia";
    }
    LocalDate yesterday = clock.today().minusDays(1);
    if (to == null) {
      to = yesterday;
    }
    if (from == null) {
      from = board.equals("finanzas") ? to.withDayOfYear(1) : to.minusDays(29);
    }
    panels = panelsOf(board);
    compute();
  }

  public void search() {
    compute();
  }

  private void compute() {
    try {
      if (from == null || to == null || to.isBefore(from)) {
        throw new BusinessRuleException(
            "periodo-invalido", "from", KpiLabels.text("kpi.error.periodo"));
      }
      if (to.isAfter(clock.today())) {
        throw new BusinessRuleException("fecha-futura", "to", KpiLabels.text("kpi.error.futuro"));
      }
      if (from.plusDays(731).isBefore(to)) {
        throw new BusinessRuleException("periodo-largo", "from", KpiLabels.text("kpi.error.largo"));
      }
      LocalDate[] span = kpi.computedSpan();
      noData = span == null;
      previousComputed =
          span != null
              && !span[0].isAfter(from.minusYears(1))
              && !span[1].isBefore(to.minusYears(1));
      computedNote =
          span == null
              ? KpiLabels.text("kpi.sinCalculo")
              : String.format(
                  KpiLabels.text("kpi.calculado"), DAY.format(span[0]), DAY.format(span[1]));
      cards = cardsOf(board);
      for (Panel p : panels) {
        fill(p);
      }
    } catch (BusinessRuleException e) {
      Messages.error(e, "dashboard-form:");
    }
  }

  private static List<Panel> panelsOf(String board) {
    return switch (board) {
      case "finanzas" ->
          List.of(
              new Panel(
                  "cobro-diario",
                  "predial.recaudado",
                  "TOTAL",
                  Kind.LINE,
                  true,
                  Drill.PAYMENTS_OF_DAY,
                  0),
              new Panel(
                  "cobro-canal",
                  "predial.recaudado",
                  "CANAL",
                  Kind.BAR,
                  true,
                  Drill.PAYMENTS_OF_CHANNEL,
                  0),
              new Panel(
                  "cobro-banco",
                  "predial.recaudado",
                  "BANCO",
                  Kind.BAR,
                  true,
                  Drill.PAYMENTS_OF_BANK,
                  0),
              new Panel(
                  "pagos-canal",
                  "predial.pagos",
                  "CANAL",
                  Kind.DONUT,
                  false,
                  Drill.PAYMENTS_OF_CHANNEL,
                  0),
              new Panel(
                  "descuentos",
                  "predial.descuentos",
                  "TOTAL",
                  Kind.LINE,
                  true,
                  Drill.PAYMENTS_OF_DAY,
                  0),
              new Panel(
                  "conciliacion",
                  "predial.conciliacion_lineas",
                  "RESULTADO",
                  Kind.BAR,
                  false,
                  Drill.NONE,
                  0));
      case "sirc" ->
          List.of(
              new Panel(
                  "recibidos-dia",
                  "sirc.recibidos",
                  "TOTAL",
                  Kind.LINE,
                  true,
                  Drill.REPORTS_OF_DAY,
                  0),
              new Panel(
                  "recibidos-dependencia",
                  "sirc.recibidos",
                  "DEPENDENCIA",
                  Kind.BAR,
                  true,
                  Drill.COMPLIANCE,
                  0),
              new Panel(
                  "cumplimiento-dependencia",
                  "sirc.cumplimiento",
                  "DEPENDENCIA",
                  Kind.BAR,
                  true,
                  Drill.COMPLIANCE,
                  0),
              new Panel(
                  "recibidos-servicio",
                  "sirc.recibidos",
                  "SERVICIO",
                  Kind.BAR,
                  false,
                  Drill.REPORTS_OF_SERVICE,
                  12),
              new Panel(
                  "vencidos-servicio",
                  "sirc.vencidos",
                  "SERVICIO",
                  Kind.BAR,
                  false,
                  Drill.REPORTS_OF_SERVICE,
                  12),
              new Panel(
                  "recibidos-canal", "sirc.recibidos", "CANAL", Kind.DONUT, false, Drill.NONE, 0),
              new Panel(
                  "mediana-dia", "sirc.horas_mediana", "TOTAL", Kind.LINE, false, Drill.NONE, 0),
              new Panel("p90-dia", "sirc.horas_p90", "TOTAL", Kind.LINE, false, Drill.NONE, 0),
              new Panel(
                  "horas-canal", "sirc.horas_resolucion", "CANAL", Kind.BAR, false, Drill.NONE, 0),
              new Panel(
                  "cumplimiento-colonia",
                  "sirc.cumplimiento",
                  "COLONIA",
                  Kind.MAP,
                  false,
                  Drill.REPORTS_OF_COLONIA,
                  0));
      default ->
          List.of(
              new Panel("personas-modulo", "kpi.personas", "MODULO", Kind.BAR, true, Drill.NONE, 0),
              new Panel(
                  "recibidos-dia",
                  "sirc.recibidos",
                  "TOTAL",
                  Kind.LINE,
                  true,
                  Drill.REPORTS_OF_DAY,
                  0),
              new Panel(
                  "cobro-diario",
                  "predial.recaudado",
                  "TOTAL",
                  Kind.LINE,
                  true,
                  Drill.PAYMENTS_OF_DAY,
                  0),
              new Panel(
                  "cumplimiento-dependencia",
                  "sirc.cumplimiento",
                  "DEPENDENCIA",
                  Kind.BAR,
                  true,
                  Drill.COMPLIANCE,
                  0));
    };
  }

  private List<Card> cardsOf(String board) {
    List<String> codes =
        switch (board) {
          case "finanzas" ->
              List.of(
                  "predial.recaudado",
                  "predial.pagos",
                  "predial.descuentos",
                  "predial.cuentas_rezago",
                  "predial.excepciones_abiertas",
                  "predial.excepciones_resueltas");
          case "sirc" ->
              List.of(
                  "sirc.recibidos",
                  "sirc.resueltos",
                  "sirc.cumplimiento",
                  "sirc.horas_resolucion",
                  "sirc.vencidos",
                  "sirc.reabiertos");
          default ->
              List.of(
                  "kpi.personas",
                  "sirc.recibidos",
                  "sirc.cumplimiento",
                  "sirc.horas_resolucion",
                  "predial.recaudado",
                  "predial.cuentas_rezago");
        };
    List<Card> out = new ArrayList<>();
    for (String code : codes) {
      KpiIndicator i = kpi.indicator(code);
      BigDecimal v = total(code, from, to);
      BigDecimal p = previousComputed ? total(code, from.minusYears(1), to.minusYears(1)) : null;
      String target = "";
      String status = "";
      if (i.target() != null) {
        target =
            KpiLabels.text(i.higherIsBetter() ? "kpi.meta.minimo" : "kpi.meta.maximo")
                + " "
                + KpiLabels.format(i.target(), i.unit());
        if (v != null) {
          boolean met =
              i.higherIsBetter() ? v.compareTo(i.target()) >= 0 : v.compareTo(i.target()) <= 0;
          status = met ? "cd-good" : "cd-bad";
        }
      }
      out.add(
          new Card(
              code,
              i.name(),
              KpiLabels.format(v, i.unit()),
              KpiLabels.format(p, i.unit()),
              KpiLabels.formatChange(KpiLabels.change(v, p)),
              target,
              status,
              "definicion.xhtml?codigo=" + code));
    }
    return out;
  }

  private BigDecimal total(String code, LocalDate a, LocalDate b) {
    return kpi.values(code, "TOTAL", a, b, false).stream()
        .findFirst()
        .map(KpiValue::value)
        .orElse(null);
  }

  private void fill(Panel p) {
    KpiIndicator i = kpi.indicator(p.indicator);
    p.unit = i.unit();
    if (p.kind == Kind.BAR || p.kind == Kind.DONUT) {
      p.choices =
          i.dimensions().stream()
              .filter(d -> !d.equals("TOTAL"))
              .map(d -> new jakarta.faces.model.SelectItem(d, labels.dimension(d)))
              .toList();
    }
    p.title =
        i.name()
            + (p.dimension.equals("TOTAL")
                ? " " + KpiLabels.text("kpi.porDia")
                : " · " + labels.dimension(p.dimension));
    String lastYear = KpiLabels.text("kpi.anioAnterior");
    if (p.kind == Kind.LINE) {
      Map<LocalDate, BigDecimal> now = daily(i.code(), from, to);
      Map<LocalDate, BigDecimal> before =
          p.compare && previousComputed
              ? daily(i.code(), from.minusYears(1), to.minusYears(1))
              : Map.of();
      List<Row> rows = new ArrayList<>();
      List<String> chartLabels = new ArrayList<>();
      List<BigDecimal> a = new ArrayList<>();
      List<BigDecimal> b = new ArrayList<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        BigDecimal v = now.get(d);
        BigDecimal pv = p.compare ? before.get(d.minusYears(1)) : null;
        rows.add(new Row(d.toString(), DAY.format(d), v, pv, i.unit()));
        chartLabels.add(SHORT.format(d));
        a.add(v);
        b.add(pv);
      }
      p.rows = rows;
      p.shownKeys = rows.stream().map(Row::key).toList();
      List<ChartJson.Series> series = new ArrayList<>();
      series.add(new ChartJson.Series(periodLabel(), a, ChartJson.INK, false));
      if (p.compare && previousComputed) {
        series.add(new ChartJson.Series(lastYear, b, ChartJson.PREVIOUS, true));
      }
      p.chart = ChartJson.line(chartLabels, series, i.unit());
      p.note = i.rollup() == KpiIndicator.Rollup.DAILY ? KpiLabels.text("kpi.nota.diario") : null;
      return;
    }
    Map<String, BigDecimal> now = byKey(i.code(), p.dimension, from, to);
    Map<String, BigDecimal> before =
        p.compare && previousComputed
            ? byKey(i.code(), p.dimension, from.minusYears(1), to.minusYears(1))
            : Map.of();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : now.entrySet()) {
      rows.add(
          new Row(
              e.getKey(),
              labels.key(i.module(), p.dimension, e.getKey()),
              e.getValue(),
              p.compare ? before.get(e.getKey()) : null,
              i.unit()));
    }
    if (p.compare) {
      for (Map.Entry<String, BigDecimal> e : before.entrySet()) {
        if (!now.containsKey(e.getKey())) {
          rows.add(
              new Row(
                  e.getKey(),
                  labels.key(i.module(), p.dimension, e.getKey()),
                  null,
                  e.getValue(),
                  i.unit()));
        }
      }
    }
    rows.sort(
        Comparator.comparing(
                (Row r) -> r.value() == null ? BigDecimal.valueOf(Long.MIN_VALUE) : r.value())
            .reversed()
            .thenComparing(Row::label));
    p.rows = rows;
    List<Row> shown = p.top > 0 && rows.size() > p.top ? rows.subList(0, p.top) : rows;
    p.shownKeys = shown.stream().map(Row::key).toList();
    p.note =
        p.top > 0 && rows.size() > p.top
            ? String.format(KpiLabels.text("kpi.nota.top"), p.top, rows.size())
            : null;
    List<String> chartLabels = shown.stream().map(Row::label).toList();
    BigDecimal[] values = shown.stream().map(Row::value).toArray(BigDecimal[]::new);
    if (p.kind == Kind.DONUT) {
      p.chart = ChartJson.donut(chartLabels, values);
    } else if (p.kind == Kind.MAP) {
      StringBuilder json = new StringBuilder("{");
      for (Row r : rows) {
        if (r.value() != null) {
          json.append(json.length() > 1 ? "," : "")
              .append('"')
              .append(r.key().replace("\"", ""))
              .append("\":")
              .append(r.value().toPlainString());
        }
      }
      p.mapValues = json.append('}').toString();
      p.note = KpiLabels.text("kpi.nota.mapa");
    } else {
      BigDecimal[] previous =
          p.compare && previousComputed
              ? shown.stream().map(Row::previous).toArray(BigDecimal[]::new)
              : null;
      p.chart = ChartJson.bar(chartLabels, values, previous, periodLabel(), lastYear, i.unit());
    }
    if (i.rollup() == KpiIndicator.Rollup.LAST) {
      p.note =
          (p.note == null ? "" : p.note + " ")
              + String.format(KpiLabels.text("kpi.nota.ultimo"), DAY.format(to));
    }
  }

  private String periodLabel() {
    return DAY.format(from) + " – " + DAY.format(to);
  }

  private Map<LocalDate, BigDecimal> daily(String code, LocalDate a, LocalDate b) {
    Map<LocalDate, BigDecimal> m = new HashMap<>();
    for (KpiFact f : kpi.facts(code, "TOTAL", a, b)) {
      m.put(f.date(), f.value());
    }
    return m;
  }

  private Map<String, BigDecimal> byKey(String code, String dim, LocalDate a, LocalDate b) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (KpiValue v : kpi.values(code, dim, a, b, false)) {
      m.put(v.key(), v.value());
    }
    return m;
  }

  /** A click on a bar, a slice or a point: the list behind it. */
  public void drill(ItemSelectEvent event) throws IOException {
    String id = event.getComponent().getId();
    Panel p = panels.stream().filter(x -> ("chart-" + x.id).equals(id)).findFirst().orElse(null);
    int index = event.getItemIndex();
    if (p == null || p.drill() == Drill.NONE || index < 0 || index >= p.shownKeys.size()) {
      return;
    }
    redirect(target(p.drill(), p.shownKeys.get(index)));
  }

  /** The list behind one key of a panel (also the link of each row of its table). */
  public String target(Panel p, String key) {
    return p.drill() == Drill.NONE ? null : target(p.drill(), key);
  }

  private String target(Drill drill, String key) {
    String range = "desde=" + from + "&hasta=" + to;
    return switch (drill) {
      case PAYMENTS_OF_DAY -> "/consola/predial/pagos.xhtml?desde=" + key + "&hasta=" + key;
      case PAYMENTS_OF_CHANNEL -> "/consola/predial/pagos.xhtml?" + range + "&canal=" + enc(key);
      case PAYMENTS_OF_BANK ->
          "/consola/predial/pagos.xhtml?" + range + "&canal=BANCO&banco=" + enc(key);
      case REPORTS_OF_DAY ->
          "/consola/sirc/bandeja.xhtml?desde=" + key + "&hasta=" + key + "&todos=1";
      case REPORTS_OF_SERVICE ->
          "/consola/sirc/bandeja.xhtml?" + range + "&servicio=" + enc(key) + "&todos=1";
      case REPORTS_OF_COLONIA ->
          "/consola/sirc/bandeja.xhtml?" + range + "&colonia=" + enc(key) + "&todos=1";
      case COMPLIANCE -> "/consola/sirc/cumplimiento.xhtml?" + range;
      case NONE -> null;
    };
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void redirect(String path) throws IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ec.redirect(ec.getRequestContextPath() + path);
  }

  /** The dashboard as a PDF: the headline figures and every chart's data with bars. */
  public StreamedContent getPdf() {
    List<DashboardDocument.Line> heads = new ArrayList<>();
    for (Card c : cards) {
      heads.add(
          new DashboardDocument.Line(c.name(), c.value(), c.previous(), c.change(), c.target(), 0));
    }
    List<DashboardDocument.Section> sections = new ArrayList<>();
    for (Panel p : panels) {
      BigDecimal max =
          p.rows.stream()
              .map(Row::value)
              .filter(v -> v != null)
              .max(BigDecimal::compareTo)
              .orElse(BigDecimal.ZERO);
      List<DashboardDocument.Line> lines = new ArrayList<>();
      List<Row> printed = p.rows;
      String title = p.title;
      if (p.kind == Kind.LINE && p.rows.size() > 62) {
        printed = monthly(p);
        title = kpi.indicator(p.indicator).name() + " " + KpiLabels.text("kpi.porMes");
        max =
            printed.stream()
                .map(Row::value)
                .filter(v -> v != null)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
      }
      for (Row r : printed) {
        double share =
            r.value() == null || max.signum() <= 0
                ? 0
                : r.value().divide(max, 4, RoundingMode.HALF_UP).doubleValue();
        lines.add(
            new DashboardDocument.Line(
                r.label(),
                r.valueText(),
                p.compare ? r.previousText() : "",
                p.compare ? r.changeText() : "",
                "",
                share));
      }
      sections.add(
          new DashboardDocument.Section(
              title,
              KpiLabels.text("kpi.valor"),
              p.compare ? KpiLabels.text("kpi.anterior") : null,
              lines));
    }
    byte[] pdf =
        kpi.dashboardPdf(
            new DashboardDocument(
                KpiLabels.text("kpi.tablero." + board),
                KpiLabels.text("kpi.periodo") + " " + periodLabel(),
                computedNote == null ? "" : computedNote,
                heads,
                sections));
    return DefaultStreamedContent.builder()
        .name("tablero-" + board + "-" + from + "-" + to + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new java.io.ByteArrayInputStream(pdf))
        .build();
  }

  /** A long daily series printed by month (combined by the indicator's rule, in the database). */
  private List<Row> monthly(Panel p) {
    KpiIndicator i = kpi.indicator(p.indicator);
    if (i.rollup() == KpiIndicator.Rollup.DAILY) {
      return p.rows;
    }
    Map<LocalDate, BigDecimal> before = new HashMap<>();
    if (p.compare && previousComputed) {
      for (KpiValue v : kpi.values(i.code(), "TOTAL", from.minusYears(1), to.minusYears(1), true)) {
        before.put(v.period().plusYears(1), v.value());
      }
    }
    DateTimeFormatter month =
        DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("es-MX"));
    List<Row> out = new ArrayList<>();
    for (KpiValue v : kpi.values(i.code(), "TOTAL", from, to, true)) {
      out.add(
          new Row(
              v.period().toString(),
              month.format(v.period()),
              v.value(),
              before.get(v.period()),
              i.unit()));
    }
    return out;
  }

  public String getBoard() {
    return board;
  }

  public void setBoard(String board) {
    this.board = board;
  }

  public String getTitle() {
    return KpiLabels.text("kpi.tablero." + (board == null ? "alcaldia" : board));
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<Card> getCards() {
    return cards;
  }

  public List<Panel> getPanels() {
    return panels;
  }

  public String getComputedNote() {
    return computedNote;
  }

  public boolean isPreviousComputed() {
    return previousComputed;
  }

  public boolean isNoData() {
    return noData;
  }
}
