package mx.gob.veracruz.common.batch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mx.gob.veracruz.common.JobRecoveryFacade.Heartbeat;
import org.junit.jupiter.api.Test;

/** When an execution the repository still calls STARTED is declared dead. */
class StaleExecutionRecoveryTest {
  private static final String ME = "server@a";
  private static final String BOOT = "boot-2";
  private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

  private static Optional<Heartbeat> beat(String instance, String boot, Duration silence) {
    return Optional.of(new Heartbeat(7, "predial-payment-reconciliation", instance, boot, NOW.minus(silence), NOW));
  }

  @Test
  void anExecutionOfThisInstanceFromAnEarlierBootIsDeadAtOnce() {
    String why = StaleExecutionRecovery.verdict(beat(ME, "boot-1", Duration.ofSeconds(2)), Optional.empty(), ME,
        BOOT, false);
    assertNotNull(why);
    assertTrue(why.contains("se detuvo"), why);
  }

  @Test
  void aRunningExecutionOfThisBootIsAliveEvenWhenItsLastChunkIsSlow() {
    assertNull(StaleExecutionRecovery.verdict(beat(ME, BOOT, Duration.ofMinutes(9)), Optional.empty(), ME, BOOT, true));
  }

  @Test
  void anExecutionOfThisBootWhoseThreadEndedIsDeadAfterAMinuteOfSilenceOnly() {
    assertNull(StaleExecutionRecovery.verdict(beat(ME, BOOT, Duration.ofSeconds(30)), Optional.empty(), ME, BOOT,
        false));
    String why = StaleExecutionRecovery.verdict(beat(ME, BOOT, Duration.ofSeconds(61)), Optional.empty(), ME, BOOT,
        false);
    assertNotNull(why);
    assertTrue(why.contains("sin registrar el final"), why);
  }

  @Test
  void anotherInstancesExecutionIsDeadOnlyAfterTenMinutesOfSilence() {
    assertNull(StaleExecutionRecovery.verdict(beat("server@b", "x", Duration.ofMinutes(9)), Optional.empty(), ME, BOOT,
        false));
    assertNotNull(StaleExecutionRecovery.verdict(beat("server@b", "x", Duration.ofMinutes(11)), Optional.empty(), ME,
        BOOT, false));
  }

  @Test
  void anExecutionWithoutHeartbeatIsDeadAfterTwoMinutes() {
    assertNull(StaleExecutionRecovery.verdict(Optional.empty(), Optional.of(Duration.ofSeconds(90)), ME, BOOT, false));
    assertNotNull(StaleExecutionRecovery.verdict(Optional.empty(), Optional.of(Duration.ofMinutes(3)), ME, BOOT,
        false));
    assertNull(StaleExecutionRecovery.verdict(Optional.empty(), Optional.empty(), ME, BOOT, false));
  }
}
