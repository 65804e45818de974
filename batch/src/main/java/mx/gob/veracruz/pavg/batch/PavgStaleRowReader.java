package mx.gob.veracruz.pavg.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import mx.gob.veracruz.pavg.PavgBatchFacade;

/**
 * Reads {@code TABLE:id} of the rows still sealed with another key, table by table in keyset pages;
 * the checkpoint is {table index, last id}. Memory: one page of ids.
 */
@Named("PavgStaleRowReader")
@Dependent
public class PavgStaleRowReader extends AbstractItemReader {
  @Inject private PavgBatchFacade pavg;

  @Inject
  @BatchProperty(name = "chunkSize")
  private String chunkSize;

  /** Test hook for the restart IT: throw after this many items (0 = never). */
  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private final Deque<Long> page = new ArrayDeque<>();
  private List<String> tables;
  private int table;
  private long lastId;
  private int pageSize;
  private long failAfter;
  private long readThisRun;

  @Override
  public void open(Serializable checkpoint) {
    tables = pavg.sealedTables();
    if (checkpoint instanceof long[] c) {
      table = (int) c[0];
      lastId = c[1];
    }
    pageSize = Integer.parseInt(chunkSize);
    failAfter = Long.parseLong(failAfterItems);
  }

  @Override
  public Object readItem() {
    if (failAfter > 0 && readThisRun >= failAfter) {
      throw new IllegalStateException(
          "Falla provocada tras " + failAfter + " filas (failAfterItems)");
    }
    while (page.isEmpty()) {
      if (table >= tables.size()) {
        return null;
      }
      page.addAll(pavg.staleIds(tables.get(table), lastId, pageSize));
      if (page.isEmpty()) {
        table++;
        lastId = 0;
      }
    }
    lastId = page.poll();
    readThisRun++;
    return tables.get(table) + ":" + lastId;
  }

  @Override
  public Serializable checkpointInfo() {
    return new long[] {table, lastId};
  }
}
