package mx.gob.veracruz.kpi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.KpiSink;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  private static Map<String, BigDecimal> cells(Object... kv) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], BigDecimal.valueOf(((Number) kv[i + 1]).longValue()));
    }
    return m;
  }

  private static BigDecimal sum(Map<String, BigDecimal> m) {
    return m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void nothingIsHiddenWhenEveryCellReachesTheThreshold() {
    Map<String, BigDecimal> c = cells("A", 5, "B", 12, "C", 0);
    assertEquals(Set.of(), Suppression.suppressed(c, sum(c), 5));
  }

  @Test
  void aLoneSmallCellTakesTheNextSmallestWithItSoTheTotalCannotGiveItAway() {
    Map<String, BigDecimal> c = cells("A", 2, "B", 40, "C", 9, "D", 0);
    Set<String> s = Suppression.suppressed(c, sum(c), 5);
    assertEquals(Set.of("A", "C"), s, "C is the smallest published non-zero cell");
    // Total minus published cells (B) = 11, split between A and C: neither can be told.
  }

  @Test
  void smallCellsThatAddUpBelowTheThresholdTakeMoreWithThem() {
    Map<String, BigDecimal> c = cells("A", 1, "B", 1, "C", 6, "D", 30);
    Set<String> s = Suppression.suppressed(c, sum(c), 5);
    assertEquals(Set.of("A", "B", "C"), s);
    BigDecimal hidden = s.stream().map(c::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(hidden.compareTo(BigDecimal.valueOf(5)) >= 0);
  }

  @Test
  void aSmallTotalHidesTheWholeTable() {
    Map<String, BigDecimal> c = cells("A", 3, "B", 1, "C", 0);
    assertEquals(Set.of(KpiSink.TOTAL_KEY, "A", "B"), Suppression.suppressed(c, sum(c), 5));
  }

  @Test
  void aSmallCellWithNothingToHideBehindHidesTheTotal() {
    Map<String, BigDecimal> c = cells("A", 2, "B", 0);
    Map<String, BigDecimal> withBig = cells("A", 2, "B", 0);
    assertTrue(Suppression.suppressed(c, BigDecimal.valueOf(30), 5).contains(KpiSink.TOTAL_KEY));
    assertTrue(Suppression.suppressed(withBig, BigDecimal.valueOf(30), 5).contains("A"));
  }

  @Test
  void zerosArePublished() {
    Map<String, BigDecimal> c = cells("A", 0, "B", 0);
    assertEquals(Set.of(), Suppression.suppressed(c, sum(c), 5));
  }
}
