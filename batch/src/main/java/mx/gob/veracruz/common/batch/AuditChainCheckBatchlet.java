package mx.gob.veracruz.common.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import mx.gob.veracruz.common.AuditBatchFacade;
import mx.gob.veracruz.common.ChainVerification;

/**
 * Nightly check of the audit hash chain: the job ends FAILED (and the log says where) when any
 * record was edited or deleted, so the IT office sees it in the job history the next morning.
 */
@Named("AuditChainCheckBatchlet")
@Dependent
public class AuditChainCheckBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(AuditChainCheckBatchlet.class.getName());

  @Inject private AuditBatchFacade audit;
  @Inject private JobContext job;

  @Override
  public String process() {
    ChainVerification v = audit.verifyChain();
    LOG.info(
        () ->
            "Cadena de auditoría: "
                + (v.valid() ? "íntegra" : "ALTERADA")
                + ", "
                + v.checked()
                + " registros revisados"
                + (v.valid() ? "" : ", " + v.reason()));
    if (!v.valid()) {
      throw new IllegalStateException(
          "Cadena de auditoría alterada en el registro " + v.brokenAtId() + ": " + v.reason());
    }
    job.setExitStatus("INTEGRA:" + v.checked());
    return "COMPLETED";
  }
}
