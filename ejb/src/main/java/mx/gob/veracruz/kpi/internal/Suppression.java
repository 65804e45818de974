package mx.gob.veracruz.kpi.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.KpiSink;

/**
 * Small-cell suppression of one published table: the cells of a dimension (base counts by key) and
 * their total, for one period.
 *
 * <ol>
 *   <li>Primary: a count from 1 to {@code threshold − 1} is suppressed (zero is published: it
 *       reveals nobody). A total below the threshold suppresses the whole table.
 *   <li>Secondary (subtraction): when the total is published, the suppressed cells could be
 *       recomputed as the total minus the published cells; so while fewer than two cells are
 *       suppressed, or the suppressed ones add up to less than the threshold, the smallest
 *       published non-zero cell is suppressed too. Their sum is then at least the threshold and
 *       split between at least two cells: neither can be told.
 * </ol>
 *
 * The observatory publishes only one period granularity (calendar months) and no marginal over
 * months, so no cell can be recomputed from another period either.
 */
public final class Suppression {
  private Suppression() {}

  /** The keys to suppress ({@link KpiSink#TOTAL_KEY} for the total). */
  public static Set<String> suppressed(
      Map<String, BigDecimal> cells, BigDecimal total, int threshold) {
    BigDecimal k = BigDecimal.valueOf(threshold);
    Set<String> out = new HashSet<>();
    if (total != null && total.signum() > 0 && total.compareTo(k) < 0) {
      out.add(KpiSink.TOTAL_KEY);
      cells.forEach(
          (key, v) -> {
            if (v != null && v.signum() > 0) {
              out.add(key);
            }
          });
      return out;
    }
    BigDecimal hidden = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
      BigDecimal v = e.getValue();
      if (v != null && v.signum() > 0 && v.compareTo(k) < 0) {
        out.add(e.getKey());
        hidden = hidden.add(v);
      }
    }
    if (out.isEmpty() || total == null) {
      return out;
    }
    List<Map.Entry<String, BigDecimal>> candidates = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : cells.entrySet()) {
      if (!out.contains(e.getKey()) && e.getValue() != null && e.getValue().signum() > 0) {
        candidates.add(e);
      }
    }
    candidates.sort(
        Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey));
    int next = 0;
    while ((out.size() < 2 || hidden.compareTo(k) < 0) && next < candidates.size()) {
      Map.Entry<String, BigDecimal> c = candidates.get(next++);
      out.add(c.getKey());
      hidden = hidden.add(c.getValue());
    }
    if (out.size() < 2 || hidden.compareTo(k) < 0) {
      // Nothing left to hide the cell behind: the total would give it away.
      out.add(KpiSink.TOTAL_KEY);
    }
    return out;
  }
}
