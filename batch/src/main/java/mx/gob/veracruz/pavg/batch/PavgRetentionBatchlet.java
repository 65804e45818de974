package mx.gob.veracruz.pavg.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Logger;
import mx.gob.veracruz.pavg.PavgBatchFacade;

/**
 * Purges what is past its retention period, 100 cases per transaction: a run stopped half-way
 * leaves whole cases, and the next run continues.
 */
@Named("PavgRetentionBatchlet")
@Dependent
public class PavgRetentionBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(PavgRetentionBatchlet.class.getName());

  @Inject private PavgBatchFacade pavg;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  private volatile boolean stopped;

  @Override
  public String process() {
    LocalDate today = pavg.today();
    LocalDate asked = LocalDate.parse(businessDate);
    // Never purge ahead of time: a date after today would delete what the law still keeps.
    LocalDate on = asked.isAfter(today) ? today : asked;
    long cases = 0;
    int n;
    while (!stopped && (n = pavg.purgeCases(on, 100)) > 0) {
      cases += n;
    }
    int[] other = pavg.purgeRecords(on);
    String status = "CASOS=" + cases + " ARCO=" + other[0] + " ACCESOS=" + other[1];
    LOG.info("Conservación PAVG al " + on + ": " + status);
    job.setExitStatus(status);
    return "COMPLETED";
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
