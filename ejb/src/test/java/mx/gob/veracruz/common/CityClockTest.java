package mx.gob.veracruz.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CityClockTest {
  /** 23:30 on 28 February in Veracruz (UTC-6) is already 05:30 on 1 March in UTC. */
  private static final Clock UTC_SERVER =
      Clock.fixed(Instant.parse("2026-03-01T05:30:00Z"), ZoneOffset.UTC);

  @Test
  void todayIsTheCitysDateEvenOnAUtcServer() {
    CityClock city = new CityClock(UTC_SERVER);
    assertThat(LocalDate.now(UTC_SERVER)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(city.today()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(city.now()).isEqualTo(Instant.parse("2026-03-01T05:30:00Z"));
    assertThat(city.zone()).isEqualTo(CityClock.ZONE);
  }

  @Test
  void theSystemClockReadsTheCitysZoneWhateverTheServerDefault() {
    // surefire runs this module with -Duser.timezone=UTC, like a server in a cloud region
    assertThat(new CityClock().clock().getZone()).isEqualTo(CityClock.ZONE);
  }
}
