package mx.gob.veracruz.kpi;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;
import mx.gob.veracruz.kpi.internal.KpiRepository;
import mx.gob.veracruz.kpi.internal.Suppression;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public observatory's figures: published indicators by calendar month, with small counts
 * suppressed ({@code ciudad.kpi.umbral}, default 5) in every cell, including the cells that the
 * total minus the published ones would give away ({@link Suppression}). A cell of a money,
 * percentage or mean indicator is suppressed with its base count's cell. Nothing here needs a login
 * and nothing names a person.
 */
@Stateless
@PermitAll
public class KpiPublicFacade {
  private static final Logger LOG = Logger.getLogger(KpiPublicFacade.class.getName());

  /** The longest table one request returns. */
  public static final int MAX_MONTHS = 36;

  static final int DEFAULT_THRESHOLD = 5;

  @Inject private KpiFacade kpi;
  @Inject private KpiRepository repo;

  /** {@code ciudad.kpi.umbral} [5]: the smallest count published (2 at least). */
  public int threshold() {
    String v =
        ConfigProvider.getConfig(getClass().getClassLoader())
            .getOptionalValue("ciudad.kpi.umbral", String.class)
            .map(String::trim)
            .orElse(null);
    if (v == null || v.isEmpty()) {
      return DEFAULT_THRESHOLD;
    }
    try {
      int t = Integer.parseInt(v);
      if (t >= 2 && t <= 1000) {
        return t;
      }
    } catch (NumberFormatException e) {
      // logged below
    }
    LOG.warning(() -> "ciudad.kpi.umbral=" + v + " no es un entero de 2 a 1000: se usa 5");
    return DEFAULT_THRESHOLD;
  }

  /** The indicators the observatory publishes (those that combine by month). */
  public List<KpiIndicator> indicators() {
    return kpi.indicators().stream()
        .filter(i -> i.published() && i.rollup() != KpiIndicator.Rollup.DAILY)
        .toList();
  }

  public KpiIndicator indicator(String code) {
    return indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "indicador-desconocido",
                    "indicador",
                    "No existe el indicador público «" + code + "»"));
  }

  /** The months with figures: from the first computed day's month to the last one's. */
  public YearMonth[] months() {
    LocalDate[] span = repo.span();
    return span == null ? null : new YearMonth[] {YearMonth.from(span[0]), YearMonth.from(span[1])};
  }

  /**
   * An indicator by month and key from {@code from} to {@code to} (months, at most {@value
   * #MAX_MONTHS}), suppressed cells with a null value.
   */
  public List<KpiValue> table(String code, String dimension, YearMonth from, YearMonth to) {
    KpiIndicator ind = indicator(code);
    String dim = dimension == null || dimension.isBlank() ? "TOTAL" : dimension;
    KpiFacade.checkDimension(ind, dim);
    if (from == null
        || to == null
        || to.isBefore(from)
        || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
      throw new BusinessRuleException(
          "periodo-invalido",
          "desde",
          "Indique de uno a " + MAX_MONTHS + " meses (desde ≤ hasta, AAAA-MM)");
    }
    LocalDate first = from.atDay(1);
    LocalDate last = to.atEndOfMonth();
    List<KpiValue> values = repo.rollup(ind, dim, first, last, true);
    KpiIndicator base = kpi.indicator(ind.base());
    List<KpiValue> counts = ind.isCount() ? values : repo.rollup(base, dim, first, last, true);
    Map<LocalDate, Set<String>> hidden = hide(counts, dim, threshold());
    // The cells that have a base count (one lookup each, not a scan of the table per cell).
    Set<String> based = new java.util.HashSet<>();
    for (KpiValue c : counts) {
      based.add(c.period() + "|" + c.key());
    }
    List<KpiValue> out = new ArrayList<>(values.size());
    for (KpiValue v : values) {
      Set<String> h = hidden.get(v.period());
      boolean baseMissing = !ind.isCount() && !based.contains(v.period() + "|" + v.key());
      out.add(
          (h != null && h.contains(v.key())) || baseMissing
              ? new KpiValue(v.period(), v.key(), null)
              : v);
    }
    return out;
  }

  /** Per month, the keys suppressed in the base counts' table of one dimension. */
  static Map<LocalDate, Set<String>> hide(List<KpiValue> counts, String dim, int threshold) {
    Map<LocalDate, Map<String, BigDecimal>> byMonth = new LinkedHashMap<>();
    for (KpiValue c : counts) {
      byMonth.computeIfAbsent(c.period(), m -> new HashMap<>()).put(c.key(), c.value());
    }
    Map<LocalDate, Set<String>> out = new HashMap<>();
    byMonth.forEach(
        (month, cells) -> {
          if (dim.equals("TOTAL")) {
            out.put(
                month, Suppression.suppressed(Map.of(), cells.get(KpiSink.TOTAL_KEY), threshold));
          } else {
            // The margin of a breakdown is the sum of its cells (a published figure: the total,
            // or a cell of another breakdown, as the bank channel is for the banks).
            BigDecimal margin = cells.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<String> s = Suppression.suppressed(cells, margin, threshold);
            if (s.contains(KpiSink.TOTAL_KEY)) {
              s = new java.util.HashSet<>(s);
              s.addAll(cells.keySet());
            }
            out.put(month, s);
          }
        });
    return out;
  }
}
