package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;
import mx.gob.veracruz.predial.ReconciliationSummary;

/** Closes the files and puts the outcome counts in the job's exit status (and the log). */
@Named("ReconciliationReportBatchlet")
@Dependent
public class ReconciliationReportBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(ReconciliationReportBatchlet.class.getName());

  @Inject private ReconciliationBatchFacade reconciliation;
  @Inject private JobContext job;

  @Override
  public String process() {
    Map<String, Long> totals = new TreeMap<>();
    boolean balanced = true;
    int accepted = 0;
    int rejected = 0;
    for (ReconciliationSummary s : reconciliation.finish(job.getInstanceId())) {
      boolean refused = "RECHAZADO".equals(s.status());
      if (refused) {
        rejected++;
      } else {
        accepted++;
      }
      s.countByOutcome().forEach((k, v) -> totals.merge(k, v, Long::sum));
      balanced &= s.balanced() || refused;
      LOG.info(
          () ->
              "Conciliación "
                  + s.fileName()
                  + ": "
                  + s.countByOutcome()
                  + " cuadra="
                  + s.balanced());
    }
    StringBuilder b = new StringBuilder(balanced ? "CUADRA" : "NO_CUADRA");
    if (job.getTransientUserData() instanceof String files) {
      b.append(' ').append(files);
    } else { // a restarted execution: the registration step does not run again, its files are in
      // the database
      b.append(" ACEPTADOS=").append(accepted).append(" RECHAZADOS=").append(rejected);
    }
    totals.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
    long alerts = reconciliation.alertCount(job.getInstanceId());
    if (alerts > 0) {
      b.append(" ALERTAS=").append(alerts); // webhook payments missing from the gateway's report
    }
    job.setExitStatus(b.toString());
    return b.toString();
  }
}
