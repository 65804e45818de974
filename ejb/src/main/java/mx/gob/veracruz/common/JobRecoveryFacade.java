package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import mx.gob.veracruz.common.internal.HeartbeatRepository;

/**
 * Heartbeats of running batch executions, and the audited recovery of executions a crash left
 * STARTED.
 *
 * <p>Jakarta Batch has no recovery: after a JVM crash the job repository keeps saying STARTED for
 * ever, so the job can be neither restarted nor started again by the scheduler. Each execution of
 * our jobs beats here (start, every chunk, end); the batch module's {@code StaleExecutionRecovery}
 * decides which executions are dead and marks them FAILED through {@link #markFailed}, which
 * changes the runtime's tables with the batch module's {@link JobRepositoryRepair} (ejb knows
 * nothing of JBatch's tables) in the same transaction as the heartbeat and the audit record. Runs
 * without a caller: the methods are called only by the batch module's listener and start-up bean.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRecoveryFacade {
  private static final Logger LOG = Logger.getLogger(JobRecoveryFacade.class.getName());

  /** What the heartbeat table knows of an execution. */
  public record Heartbeat(
      long executionId,
      String jobName,
      String instanceId,
      String bootId,
      Instant beatAt,
      Instant databaseNow) {
    public Duration silence() {
      return Duration.between(beatAt, databaseNow);
    }
  }

  @Inject private HeartbeatRepository heartbeats;

  /** Records a sign of life (the database's clock, the same for every instance). */
  public void beat(long executionId, String jobName, String instanceId, String bootId) {
    heartbeats.beat(executionId, jobName, instanceId, bootId);
  }

  /** The execution ended (any status): nothing to recover any more. */
  public void finished(long executionId) {
    heartbeats.delete(executionId);
  }

  public Optional<Heartbeat> heartbeat(long executionId) {
    return heartbeats
        .find(executionId)
        .map(
            r ->
                new Heartbeat(
                    executionId,
                    r.jobName(),
                    r.instanceId(),
                    r.bootId(),
                    r.beatAt(),
                    r.databaseNow()));
  }

  /**
   * Marks a dead execution FAILED (in the job repository through {@code repair}, which joins this
   * transaction) and forgets its heartbeat; audited. Returns false when it was no longer STARTED
   * (nothing changed).
   */
  @Audited(action = "trabajo.recuperar", entity = "JobExecution")
  public boolean markFailed(long executionId, String reason, JobRepositoryRepair repair) {
    String exit = ("RECUPERADA: " + reason);
    String cut = exit.length() > 500 ? exit.substring(0, 500) : exit;
    if (!repair.markFailed(executionId, cut)) {
      return false;
    }
    heartbeats.delete(executionId);
    LOG.warning(() -> "Ejecución " + executionId + " marcada FAILED: " + cut);
    return true;
  }
}
