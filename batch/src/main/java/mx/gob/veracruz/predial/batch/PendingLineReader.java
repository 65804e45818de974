package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/** Line ids still without outcome, by keyset; checkpoint = last id handed out. */
@Named("PendingLineReader")
@Dependent
public class PendingLineReader extends AbstractItemReader {
  private static final int PAGE = 1000;

  @Inject private ReconciliationBatchFacade reconciliation;
  @Inject private JobContext job;

  /** Test hook for the restart IT and the kill drill: throw after this many lines (0 = never). */
  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  /**
   * Drill and recovery-IT hook: sleep this long per line, to leave time to kill the server (0 =
   * never).
   */
  @Inject
  @BatchProperty(name = "pauseMillis")
  private String pauseMillis;

  private final Deque<Long> page = new ArrayDeque<>();
  private long lastId;
  private long failAfter;
  private long read;
  private long pause;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
    failAfter =
        failAfterItems == null || failAfterItems.isBlank() ? 0 : Long.parseLong(failAfterItems);
    pause = pauseMillis == null || pauseMillis.isBlank() ? 0 : Long.parseLong(pauseMillis);
  }

  @Override
  public Object readItem() {
    if (failAfter > 0 && read >= failAfter) {
      throw new IllegalStateException(
          "Falla provocada tras " + failAfter + " líneas (failAfterItems)");
    }
    if (pause > 0) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (page.isEmpty()) {
      page.addAll(reconciliation.pendingLines(job.getInstanceId(), lastId, PAGE));
      if (page.isEmpty()) {
        return null;
      }
    }
    lastId = page.poll();
    read++;
    return lastId;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
