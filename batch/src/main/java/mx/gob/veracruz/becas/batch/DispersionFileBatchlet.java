package mx.gob.veracruz.becas.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import mx.gob.veracruz.becas.BecasBatchFacade;

/** Writes the dispersion's bank file from its orders; the exit status gives count and total. */
@Named("DispersionFileBatchlet")
@Dependent
public class DispersionFileBatchlet extends AbstractBatchlet {
  @Inject private BecasBatchFacade becas;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "dispersion")
  private String dispersion;

  @Override
  public String process() {
    long[] r = becas.writeFile(dispersion);
    String status = "ORDENES=" + r[0] + " TOTAL=" + BigDecimal.valueOf(r[1], 2).toPlainString();
    job.setExitStatus(status);
    return status;
  }
}
