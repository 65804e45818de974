package mx.gob.veracruz.common.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.veracruz.common.JobRecoveryFacade;
import mx.gob.veracruz.common.SchedulerLeaseFacade;

/**
 * Signs of life of a running execution (job listener and chunk listener of every job): written at
 * the start, after chunks (at most every {@value #EVERY_MS} ms) and removed at the end, each in its
 * own transaction. {@link StaleExecutionRecovery} reads them after a crash.
 */
@Named("ExecutionHeartbeat")
@Dependent
public class ExecutionHeartbeat extends AbstractChunkListener implements JobListener {
  static final long EVERY_MS = 10_000;

  /** Executions whose job thread is running in this JVM (between beforeJob and afterJob). */
  static final Set<Long> LIVE = ConcurrentHashMap.newKeySet();

  @Inject private JobContext job;
  @Inject private JobRecoveryFacade recovery;

  private long lastBeat;

  @Override
  public void beforeJob() {
    LIVE.add(job.getExecutionId());
    beat();
  }

  @Override
  public void afterJob() {
    LIVE.remove(job.getExecutionId());
    recovery.finished(job.getExecutionId());
  }

  @Override
  public void afterChunk() {
    if (System.currentTimeMillis() - lastBeat >= EVERY_MS) {
      beat();
    }
  }

  private void beat() {
    recovery.beat(
        job.getExecutionId(),
        job.getJobName(),
        SchedulerLeaseFacade.instanceId(),
        StaleExecutionRecovery.BOOT_ID);
    lastBeat = System.currentTimeMillis();
  }
}
