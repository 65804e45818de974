package mx.gob.veracruz.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The city's clock: every business date (statement date, discount and surcharge cut-offs, cash
 * session day, folio year) is read here, in Veracruz's zone, never in the server's default zone. A
 * UTC server would otherwise be a day ahead from 18:00 local time and disagree with the console
 * about the last day of a discount.
 */
@ApplicationScoped
public class CityClock {
  /** Veracruz keeps Central Mexico time (no daylight saving since October 2022). */
  public static final String ZONE_ID = "America/Mexico_City";

  /** For static utilities (formatting an instant); beans inject the clock instead. */
  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  /**
   * In-container tests fix the clock with {@code -Dciudad.clock.fixed=2026-02-28T23:30:00-06:00}.
   */
  static final String FIXED_PROPERTY = "ciudad.clock.fixed";

  private static final Logger LOG = Logger.getLogger(CityClock.class.getName());

  private Clock clock;

  /** The CDI constructor: the system clock, in the city's zone. */
  public CityClock() {
    this(Clock.system(ZONE));
  }

  /**
   * A clock of one's choice (unit tests pass a {@code Clock.fixed}); dates are still the city's.
   */
  public CityClock(Clock clock) {
    this.clock = clock.withZone(ZONE);
  }

  /** Read once at start-up; production refuses it so no run ever works on a pretend date. */
  @PostConstruct
  void fixForTests() {
    var config = ConfigProvider.getConfig(CityClock.class.getClassLoader());
    String fixed = config.getOptionalValue(FIXED_PROPERTY, String.class).orElse("");
    boolean production =
        "prod".equalsIgnoreCase(config.getOptionalValue("ciudad.mode", String.class).orElse("dev"));
    if (fixed.isBlank()) {
      return;
    }
    if (production) {
      LOG.warning(() -> FIXED_PROPERTY + " ignorado: el modo producción usa el reloj del sistema");
      return;
    }
    clock = Clock.fixed(OffsetDateTime.parse(fixed.trim()).toInstant(), ZONE);
    LOG.warning(() -> "Reloj de la ciudad fijo en " + fixed + " (" + FIXED_PROPERTY + ")");
  }

  /** Today in Veracruz. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }

  public ZoneId zone() {
    return ZONE;
  }

  /** The underlying clock (already in the city's zone) for java.time calls that take one. */
  public Clock clock() {
    return clock;
  }
}
