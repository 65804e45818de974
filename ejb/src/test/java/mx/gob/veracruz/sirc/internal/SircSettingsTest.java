package mx.gob.veracruz.sirc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The configured working day: read when it parses, the default (9:00–17:00) when it does not. */
class SircSettingsTest {
  @Test
  void aWorkingDayIsReadOrDefaulted() {
    assertThat(SircSettings.parseDay(null)).isEqualTo(SircSettings.DEFAULT_DAY);
    assertThat(SircSettings.parseDay("8:00-15:30"))
        .isEqualTo(new SircSettings.WorkingDay(LocalTime.of(8, 0), LocalTime.of(15, 30)));
    assertThat(SircSettings.parseDay("08:00 - 16:00").closes()).isEqualTo(LocalTime.of(16, 0));
    assertThat(SircSettings.parseDay("17:00-09:00")).isEqualTo(SircSettings.DEFAULT_DAY);
    assertThat(SircSettings.parseDay("todo el día")).isEqualTo(SircSettings.DEFAULT_DAY);
    assertThat(SircSettings.parseDay("8:00-15:30").label()).isEqualTo("8:00 a 15:30");
  }
}
