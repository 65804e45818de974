package mx.gob.veracruz.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Test-only levers of a job: fail after so many items (restart tests), pause per chunk (kill
 * drills). Refused in production mode ({@code ciudad.mode=prod}), where a run must never be slowed
 * or broken on purpose.
 */
public record JobHooks(int failAfterItems, int pauseMillis) {
  public static final JobHooks NONE = new JobHooks(0, 0);
  public static final Set<String> NAMES = Set.of("failAfterItems", "pauseMillis");

  /** Reads the hooks of {@code p}; any hook given in production mode is refused. */
  public static JobHooks parse(Map<String, String> p, boolean production, Violations errors) {
    if (production && NAMES.stream().anyMatch(p::containsKey)) {
      errors.check(
          () -> {
            throw new BusinessRuleException(
                "parametro-de-prueba",
                "failAfterItems",
                "failAfterItems y pauseMillis son parámetros de prueba: no existen en producción");
          });
      return NONE;
    }
    Integer fail = errors.check(() -> JobParameters.integer(p, "failAfterItems", 0, 0, 10_000_000));
    Integer pause = errors.check(() -> JobParameters.integer(p, "pauseMillis", 0, 0, 60_000));
    return new JobHooks(fail == null ? 0 : fail, pause == null ? 0 : pause);
  }

  /** Adds the hooks that are set (zero means off) to the job's parameters. */
  public Map<String, String> addTo(Map<String, String> parameters) {
    Map<String, String> out = new HashMap<>(parameters);
    if (failAfterItems > 0) {
      out.put("failAfterItems", String.valueOf(failAfterItems));
    }
    if (pauseMillis > 0) {
      out.put("pauseMillis", String.valueOf(pauseMillis));
    }
    return Map.copyOf(out);
  }
}
