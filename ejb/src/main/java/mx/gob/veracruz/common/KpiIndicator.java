package mx.gob.veracruz.common;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's definition: its code, name, unit, what is counted and from which data, who owns
 * it, the dimensions it is broken down by ({@code TOTAL} always), and how its daily facts combine
 * over a period and how they may be published.
 *
 * @param rollup how the days of a period (and the keys of a dimension) combine
 * @param base the count indicator this one is computed over (itself for counts): the weight of a
 *     {@link Rollup#WEIGHTED} mean, and the count whose small cells suppress this indicator's cells
 *     in public figures
 * @param target the goal for a period (null: none), read with {@code higherIsBetter}
 * @param published whether the public observatory publishes it (with small counts suppressed)
 */
public record KpiIndicator(
    String code,
    String module,
    String name,
    String unit,
    String definition,
    String owner,
    List<String> dimensions,
    Rollup rollup,
    String base,
    BigDecimal target,
    boolean higherIsBetter,
    boolean published)
    implements Serializable {

  /** How the daily facts of a period combine. */
  public enum Rollup {
    /** Counts and amounts: the period's value is the sum of its days. */
    SUM,
    /** Percentages and means: the mean of the days weighted by the base count of each day. */
    WEIGHTED,
    /** A stock at the end of a day (open, overdue, in arrears): the period's last day. */
    LAST,
    /** Percentiles: they do not combine; only the daily series is shown. */
    DAILY
  }

  /** A count (its own base), summed over a period, published. */
  public static KpiIndicator count(
      String code,
      String module,
      String name,
      String unit,
      String definition,
      String owner,
      List<String> dimensions) {
    return new KpiIndicator(
        code,
        module,
        name,
        unit,
        definition,
        owner,
        List.copyOf(dimensions),
        Rollup.SUM,
        code,
        null,
        true,
        true);
  }

  public KpiIndicator rolledUp(Rollup how, String baseIndicator) {
    return new KpiIndicator(
        code,
        module,
        name,
        unit,
        definition,
        owner,
        dimensions,
        how,
        baseIndicator,
        target,
        higherIsBetter,
        published);
  }

  public KpiIndicator withTarget(BigDecimal goal, boolean higherBetter) {
    return new KpiIndicator(
        code,
        module,
        name,
        unit,
        definition,
        owner,
        dimensions,
        rollup,
        base,
        goal,
        higherBetter,
        published);
  }

  public KpiIndicator unpublished() {
    return new KpiIndicator(
        code,
        module,
        name,
        unit,
        definition,
        owner,
        dimensions,
        rollup,
        base,
        target,
        higherIsBetter,
        false);
  }

  /** Whether this indicator counts people or events (its own base): small cells are suppressed. */
  public boolean isCount() {
    return code.equals(base);
  }

  public boolean hasDimension(String dimension) {
    return dimensions.contains(dimension);
  }
}
