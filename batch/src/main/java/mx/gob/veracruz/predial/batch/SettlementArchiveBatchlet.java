package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import mx.gob.veracruz.predial.FileRegistration;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/**
 * Moves the reconciled files from the landing folder to archivo/ (every file the job reads is
 * there).
 */
@Named("SettlementArchiveBatchlet")
@Dependent
public class SettlementArchiveBatchlet extends AbstractBatchlet {
  @Inject private ReconciliationBatchFacade reconciliation;
  @Inject private JobContext job;

  @Override
  public String process() throws IOException {
    for (FileRegistration f : reconciliation.accepted(job.getInstanceId())) {
      SettlementFileBatchlet.move(
          LandingFolders.landing(reconciliation.landingFolder()).resolve(f.fileName()),
          LandingFolders.archive(reconciliation.landingFolder()));
    }
    return "ARCHIVADOS";
  }
}
