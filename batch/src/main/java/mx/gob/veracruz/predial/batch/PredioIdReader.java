package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import mx.gob.veracruz.predial.PredialAssessmentFacade;

/**
 * Reads predio ids in keyset pages ({@code id > last}); the checkpoint is the last id handed out,
 * so a restart resumes after the last committed chunk. Memory: one page of ids.
 */
@Named("PredioIdReader")
@Dependent
public class PredioIdReader extends AbstractItemReader {
  @Inject private PredialAssessmentFacade predial;

  @Inject
  @BatchProperty(name = "chunkSize")
  private String chunkSize;

  /** Test hook for the restart IT: throw after this many items (0 = never). */
  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private final Deque<Long> page = new ArrayDeque<>();
  private long lastId;
  private int pageSize;
  private long failAfter;
  private long readThisRun;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
    pageSize = Integer.parseInt(chunkSize);
    failAfter = Long.parseLong(failAfterItems);
  }

  @Override
  public Object readItem() {
    if (failAfter > 0 && readThisRun >= failAfter) {
      throw new IllegalStateException(
          "Falla provocada tras " + failAfter + " predios (failAfterItems)");
    }
    if (page.isEmpty()) {
      page.addAll(predial.predioIdsAfter(lastId, pageSize));
      if (page.isEmpty()) {
        return null;
      }
    }
    lastId = page.poll();
    readThisRun++;
    return lastId;
  }

  @Override
  public Serializable checkpointInfo() {
    // The page is refetched after lastId on restart, so only the position is needed.
    return lastId;
  }
}
