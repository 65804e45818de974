package mx.gob.veracruz.becas.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.veracruz.becas.BecasBatchFacade;

/** Writes one chunk's payment orders through the facade, in the chunk's transaction. */
@Named("PaymentOrderWriter")
@Dependent
public class PaymentOrderWriter extends AbstractItemWriter {
  @Inject private BecasBatchFacade becas;
  @Inject private JobContext job;
  @Inject private StepContext step;

  @Inject
  @BatchProperty(name = "dispersion")
  private String dispersion;

  @Override
  public void writeItems(List<Object> items) {
    int n = becas.order(dispersion, items.stream().map(Long.class::cast).toList());
    long total = (step.getTransientUserData() instanceof Long t ? t : 0L) + n;
    step.setTransientUserData(total);
    step.setExitStatus("ORDENES=" + total);
    job.setExitStatus("ORDENES=" + total);
  }
}
