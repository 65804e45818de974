package mx.gob.veracruz.common.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mx.gob.veracruz.common.JobRecoveryFacade.Heartbeat;
import mx.gob.veracruz.common.batch.StaleExecutionRecovery.Death;
import mx.gob.veracruz.common.batch.StaleExecutionRecovery.Verdict;
import org.junit.jupiter.api.Test;

/**
 * When an execution the repository still calls STARTED is declared dead, and why (the cause, not
 * the wording).
 */
class StaleExecutionRecoveryTest {
  private static final String ME = "server@a";
  private static final String BOOT = "boot-2";
  private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

  private static Optional<Heartbeat> beat(String instance, String boot, Duration silence) {
    return Optional.of(
        new Heartbeat(
            7, "predial-payment-reconciliation", instance, boot, NOW.minus(silence), NOW));
  }

  private static Death cause(Verdict v) {
    return v == null ? null : v.cause();
  }

  @Test
  void anExecutionOfThisInstanceFromAnEarlierBootIsDeadAtOnce() {
    Verdict v =
        StaleExecutionRecovery.verdict(
            beat(ME, "boot-1", Duration.ofSeconds(2)), Optional.empty(), ME, BOOT, false);
    assertThat(cause(v)).isEqualTo(Death.EARLIER_BOOT);
    assertThat(v.reason()).isNotBlank();
    // even while its (new) thread would be live: a restart of the JVM always kills the old run
    assertThat(
            cause(
                StaleExecutionRecovery.verdict(
                    beat(ME, "boot-1", Duration.ofSeconds(2)), Optional.empty(), ME, BOOT, true)))
        .isEqualTo(Death.EARLIER_BOOT);
  }

  @Test
  void aRunningExecutionOfThisBootIsAliveEvenWhenItsLastChunkIsSlow() {
    assertThat(
            StaleExecutionRecovery.verdict(
                beat(ME, BOOT, Duration.ofMinutes(9)), Optional.empty(), ME, BOOT, true))
        .isNull();
  }

  @Test
  void anExecutionOfThisBootWhoseThreadEndedIsDeadAfterAMinuteOfSilenceOnly() {
    assertThat(
            StaleExecutionRecovery.verdict(
                beat(ME, BOOT, Duration.ofSeconds(30)), Optional.empty(), ME, BOOT, false))
        .isNull();
    assertThat(
            cause(
                StaleExecutionRecovery.verdict(
                    beat(ME, BOOT, Duration.ofSeconds(61)), Optional.empty(), ME, BOOT, false)))
        .isEqualTo(Death.THREAD_ENDED);
  }

  @Test
  void anotherInstancesExecutionIsDeadOnlyAfterTenMinutesOfSilence() {
    assertThat(
            StaleExecutionRecovery.verdict(
                beat("server@b", "x", Duration.ofMinutes(9)), Optional.empty(), ME, BOOT, false))
        .isNull();
    assertThat(
            cause(
                StaleExecutionRecovery.verdict(
                    beat("server@b", "x", Duration.ofMinutes(11)),
                    Optional.empty(),
                    ME,
                    BOOT,
                    false)))
        .isEqualTo(Death.SILENT);
  }

  @Test
  void anExecutionWithoutHeartbeatIsDeadAfterTwoMinutes() {
    assertThat(
            StaleExecutionRecovery.verdict(
                Optional.empty(), Optional.of(Duration.ofSeconds(90)), ME, BOOT, false))
        .isNull();
    assertThat(
            cause(
                StaleExecutionRecovery.verdict(
                    Optional.empty(), Optional.of(Duration.ofMinutes(3)), ME, BOOT, false)))
        .isEqualTo(Death.NO_HEARTBEAT);
    assertThat(StaleExecutionRecovery.verdict(Optional.empty(), Optional.empty(), ME, BOOT, false))
        .isNull();
  }
}
