package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.predial.AssessmentRunResult;
import mx.gob.veracruz.predial.PredialAssessmentFacade;

/**
 * Assesses one chunk of predios through the facade (joins the chunk transaction); counts in the
 * step.
 */
@Named("AssessmentWriter")
@Dependent
public class AssessmentWriter extends AbstractItemWriter {
  @Inject private PredialAssessmentFacade predial;
  @Inject private JobContext job;
  @Inject private StepContext step;

  @Inject
  @BatchProperty(name = "fiscalYear")
  private String fiscalYear;

  private int year;

  @Override
  public void open(Serializable checkpoint) {
    year = Integer.parseInt(fiscalYear);
  }

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = items.stream().map(Long.class::cast).toList();
    AssessmentRunResult r = predial.assess(ids, year, job.getExecutionId());
    long[] totals = step.getTransientUserData() instanceof long[] t ? t : new long[3];
    totals[0] += r.assessed();
    totals[1] += r.unchanged();
    totals[2] += r.skippedPaid();
    step.setTransientUserData(totals);
    String status = "VALUADOS=" + totals[0] + " SIN_CAMBIO=" + totals[1] + " CON_PAGO=" + totals[2];
    step.setExitStatus(status);
    job.setExitStatus(status);
  }
}
