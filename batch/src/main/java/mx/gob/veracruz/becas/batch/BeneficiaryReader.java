package mx.gob.veracruz.becas.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import mx.gob.veracruz.becas.BecasBatchFacade;

/**
 * Reads the dispersion's beneficiaries in keyset pages ({@code id > last}); the checkpoint is the
 * last id handed out, so a restart resumes after the last committed chunk. Memory: one page.
 */
@Named("BeneficiaryReader")
@Dependent
public class BeneficiaryReader extends AbstractItemReader {
  @Inject private BecasBatchFacade becas;

  @Inject
  @BatchProperty(name = "dispersion")
  private String dispersion;

  @Inject
  @BatchProperty(name = "chunkSize")
  private String chunkSize;

  /** Test hook for the restart IT: throw after this many items (0 = never). */
  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private final Deque<Long> page = new ArrayDeque<>();
  private long failAfter;
  private long readThisRun;
  private long lastId;
  private int pageSize;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0L : (Long) checkpoint;
    pageSize = Integer.parseInt(chunkSize);
    failAfter =
        failAfterItems == null || failAfterItems.isBlank() ? 0 : Long.parseLong(failAfterItems);
  }

  @Override
  public Object readItem() {
    if (failAfter > 0 && readThisRun >= failAfter) {
      throw new IllegalStateException(
          "Falla provocada tras " + failAfter + " beneficiarias (failAfterItems)");
    }
    if (page.isEmpty()) {
      page.addAll(becas.beneficiariesAfter(dispersion, lastId, pageSize));
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
    return lastId;
  }
}
