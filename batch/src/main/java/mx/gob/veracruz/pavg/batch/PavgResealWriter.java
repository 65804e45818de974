package mx.gob.veracruz.pavg.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.veracruz.pavg.PavgBatchFacade;

/** Re-seals one chunk through the facade, in the chunk's transaction; counts in the exit status. */
@Named("PavgResealWriter")
@Dependent
public class PavgResealWriter extends AbstractItemWriter {
  @Inject private PavgBatchFacade pavg;
  @Inject private JobContext job;
  @Inject private StepContext step;

  @Inject
  @BatchProperty(name = "pauseMillis")
  private String pauseMillis;

  @Override
  public void writeItems(List<Object> items) throws InterruptedException {
    int n = pavg.rekey(items.stream().map(String.class::cast).toList());
    long total = (step.getTransientUserData() instanceof Long t ? t : 0L) + n;
    step.setTransientUserData(total);
    String status = "SELLADAS=" + total + " LLAVE=" + pavg.currentKey();
    step.setExitStatus(status);
    job.setExitStatus(status);
    long pause = Long.parseLong(pauseMillis);
    if (pause > 0) {
      Thread.sleep(pause);
    }
  }
}
