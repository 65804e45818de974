package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import mx.gob.veracruz.predial.FileRegistration;
import mx.gob.veracruz.predial.ReconciliationFacade;

/** Moves the reconciled files from the landing folder to archivo/ (files passed by path stay put). */
@Named("SettlementArchiveBatchlet")
@Dependent
public class SettlementArchiveBatchlet extends AbstractBatchlet {
  @Inject private ReconciliationFacade reconciliation;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "files")
  private String files;

  @Override
  public String process() throws IOException {
    if (files != null && !files.isBlank()) {
      return "SIN_MOVER";
    }
    for (FileRegistration f : reconciliation.accepted(job.getInstanceId())) {
      SettlementFileBatchlet.move(LandingFolders.landing(reconciliation.landingFolder()).resolve(f.fileName()), LandingFolders.archive(reconciliation.landingFolder()));
    }
    return "ARCHIVADOS";
  }

}
