package mx.gob.veracruz.kpi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.kpi.internal.KpiRepository;

/**
 * The indicators: the day's aggregation (called by the {@code kpi-daily-aggregation} job's writer,
 * inside its chunk transaction, so open to the batch runtime's caller like the other job facades)
 * and the stored facts for the dashboards (staff roles only).
 */
@Stateless
@PermitAll
public class KpiFacade {
  private static final Logger LOG = Logger.getLogger(KpiFacade.class.getName());

  /** The cross-module indicator the job itself writes from the modules' people. */
  public static final String PEOPLE = "kpi.personas";

  @Inject @Any private Instance<KpiContributor> contributors;
  @Inject private KpiRepository repo;

  /**
   * Replaces the day's facts: deletes them, then every module writes its own with set-based SQL.
   * Returns how many facts the day has now.
   */
  public int aggregate(LocalDate date) {
    KpiDay day = new KpiDay(date);
    int deleted = repo.deleteDay(date);
    long now = System.currentTimeMillis();
    KpiSink db = repo.sink(date, now);
    java.util.Map<String, Long> timings = new java.util.HashMap<>();
    long started = System.nanoTime();
    KpiSink sink =
        (indicator, dimension, select, args) -> {
          long t = System.nanoTime();
          db.insert(indicator, dimension, select, args);
          timings.merge(indicator + " " + dimension, System.nanoTime() - t, Long::sum);
        };
    List<String> selects = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (KpiContributor c : contributors) {
      c.contribute(day, sink);
      List<KpiSink.People> people = c.people(day);
      String module = c.indicators().isEmpty() ? "?" : c.indicators().get(0).module();
      if (!people.isEmpty()) {
        List<String> mine = new ArrayList<>();
        List<Object> mineParams = new ArrayList<>();
        for (KpiSink.People p : people) {
          mine.add(p.select());
          mineParams.addAll(List.of(p.params()));
        }
        // One collation for every module's keys: a UNION of columns of different collations is
        // refused by MariaDB (seen: utf8mb4_bin tables under a utf8mb4_general_ci connection).
        for (String m : mine) {
          selects.add("SELECT CAST(c.P AS CHAR(120)) P FROM (" + m + ") c");
        }
        params.addAll(mineParams);
        sink.insert(
            PEOPLE,
            "MODULO",
            "SELECT '"
                + module
                + "' K, COUNT(DISTINCT u.P) V FROM ("
                + String.join(" UNION ALL ", mine)
                + ") u",
            mineParams.toArray());
      }
    }
    sink.insert(
        PEOPLE,
        "TOTAL",
        selects.isEmpty()
            ? "SELECT '" + KpiSink.TOTAL_KEY + "' K, 0 V"
            : "SELECT '"
                + KpiSink.TOTAL_KEY
                + "' K, COUNT(DISTINCT u.P) V FROM ("
                + String.join(" UNION ALL ", selects)
                + ") u",
        params.toArray());
    int facts = repo.countDay(date);
    long total = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            "KPI "
                + date
                + ": "
                + facts
                + " hechos ("
                + deleted
                + " reemplazados) en "
                + total
                + " ms; las consultas más lentas: "
                + timings.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(5)
                    .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                    .collect(java.util.stream.Collectors.joining(", ")));
    return facts;
  }

  /** {@code ciudad.kpi.hora} [04:30]: when the nightly job starts (after the reconciliation). */
  public String nightlyTime() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader())
        .getOptionalValue("ciudad.kpi.hora", String.class)
        .map(String::trim)
        .filter(t -> t.matches("([01]?\\d|2[0-3]):[0-5]\\d"))
        .orElse("04:30");
  }

  /** Before the first day of an execution: each module refreshes what its queries read. */
  public void prepare() {
    contributors.forEach(KpiContributor::prepare);
  }

  /**
   * {@code ciudad.kpi.backfill-dias} [0]: on a start with no fact yet, compute this many past days
   * (set by {@code bin/ciudad run} for the demo, so its dashboards open with figures).
   */
  public int backfillDays() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader())
        .getOptionalValue("ciudad.kpi.backfill-dias", String.class)
        .map(String::trim)
        .filter(t -> t.matches("\\d{1,4}"))
        .map(Integer::parseInt)
        .map(d -> Math.min(d, KpiJob.MAX_DAYS))
        .orElse(0);
  }

  /** Every indicator every module declares, by module and code. */
  public List<KpiIndicator> indicators() {
    List<KpiIndicator> all = new ArrayList<>();
    all.add(
        KpiIndicator.count(
            PEOPLE,
            "kpi",
            "Personas atendidas",
            "personas",
            "Personas distintas atendidas en el día en todos los módulos: quien presentó un"
                + " reporte (por su CURP, o su correo o teléfono) y los titulares de los predios"
                + " que pagaron (por la CURP del propietario o, sin ella, la cuenta del predio);"
                + " la misma persona en dos módulos cuenta una vez. En un periodo: la suma de los"
                + " días (una persona atendida dos días cuenta dos veces).",
            "Dirección de Gobierno Digital",
            List.of("TOTAL", "MODULO")));
    contributors.forEach(c -> all.addAll(c.indicators()));
    all.sort(Comparator.comparing(KpiIndicator::module).thenComparing(KpiIndicator::code));
    return all;
  }

  /** The indicator of a code, or a rule error naming it. */
  public KpiIndicator indicator(String code) {
    return indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "indicador-desconocido", "indicador", "No existe el indicador «" + code + "»"));
  }

  /**
   * An indicator over a period by one dimension, each key's days combined as its rollup says
   * ({@code byMonth}: one value per calendar month), for the staff dashboards: nothing suppressed.
   */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<KpiValue> values(
      String code, String dimension, LocalDate from, LocalDate to, boolean byMonth) {
    KpiIndicator ind = indicator(code);
    String dim = dimension == null ? "TOTAL" : dimension;
    checkDimension(ind, dim);
    checkRange(from, to);
    List<KpiValue> values = repo.rollup(ind, dim, from, to, byMonth);
    if (!SEALED_MODULES.contains(ind.module())) {
      return values;
    }
    // A sealed module's counts are suppressed below the threshold for staff too: a cell of one
    // gender-violence report in a colonia and a week can point at a woman.
    int t = sealedThreshold();
    return values.stream()
        .map(
            v ->
                v.value() != null && v.value().compareTo(java.math.BigDecimal.valueOf(t)) < 0
                    ? new KpiValue(v.period(), v.key(), null)
                    : v)
        .toList();
  }

  /** Modules whose figures leave them only with small counts suppressed (PAVG). */
  static final java.util.Set<String> SEALED_MODULES = java.util.Set.of("pavg");

  private int sealedThreshold() {
    try {
      return Math.max(
          2,
          Integer.parseInt(
              org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader())
                  .getOptionalValue("ciudad.kpi.umbral", String.class)
                  .orElse("5")
                  .trim()));
    } catch (NumberFormatException e) {
      return 5;
    }
  }

  /** A dashboard as a printable PDF (its figures as the console shows them). */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public byte[] dashboardPdf(DashboardDocument document) {
    return mx.gob.veracruz.kpi.internal.DashboardPdf.render(document);
  }

  /** The first and last day the job has computed, or null before its first run. */
  public LocalDate[] computedSpan() {
    return repo.span();
  }

  static void checkDimension(KpiIndicator ind, String dim) {
    if (!ind.hasDimension(dim)) {
      throw new BusinessRuleException(
          "dimension-invalida",
          "dimension",
          "El indicador «" + ind.name() + "» no se desglosa por «" + dim + "»");
    }
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || to.isBefore(from)
        || from.plusDays(KpiJob.MAX_DAYS).isBefore(to)) {
      throw new BusinessRuleException(
          "periodo-invalido",
          "desde",
          "Indique un periodo de a lo más " + KpiJob.MAX_DAYS + " días (desde ≤ hasta)");
    }
  }

  /** An indicator's facts by one dimension over a range of days, for staff dashboards. */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<KpiFact> facts(String indicator, String dimension, LocalDate from, LocalDate to) {
    KpiIndicator ind = indicator(indicator);
    checkRange(from, to);
    List<KpiFact> facts = repo.facts(indicator, dimension == null ? "TOTAL" : dimension, from, to);
    if (!SEALED_MODULES.contains(ind.module())) {
      return facts;
    }
    int t = sealedThreshold();
    return facts.stream()
        .map(
            f ->
                f.value() != null && f.value().compareTo(java.math.BigDecimal.valueOf(t)) < 0
                    ? new KpiFact(f.date(), f.indicator(), f.dimension(), f.key(), null)
                    : f)
        .toList();
  }
}
