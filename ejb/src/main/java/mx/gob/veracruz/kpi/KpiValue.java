package mx.gob.veracruz.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's value for a period and a dimension's key, combined from its daily facts as the
 * indicator's rollup says. {@code period} is the first day of the period (a month, or the first day
 * of the range when the whole range is one period); {@code value} is null when suppressed.
 */
public record KpiValue(LocalDate period, String key, BigDecimal value) implements Serializable {
  public boolean suppressed() {
    return value == null;
  }
}
