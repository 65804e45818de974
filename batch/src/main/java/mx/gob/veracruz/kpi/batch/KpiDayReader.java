package mx.gob.veracruz.kpi.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The city days from {@code fromDate} to {@code businessDate}, one item each; the checkpoint is the
 * last day handed out, so a restart resumes after the last committed day. Memory: one date.
 */
@Named("KpiDayReader")
@Dependent
public class KpiDayReader extends AbstractItemReader {
  @Inject
  @BatchProperty(name = "fromDate")
  private String fromDate;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  /** Test hook for the restart IT: throw after this many days (0 = never). */
  @Inject
  @BatchProperty(name = "failAfterItems")
  private String failAfterItems;

  private LocalDate last;
  private LocalDate end;
  private long failAfter;
  private long readThisRun;

  @Override
  public void open(Serializable checkpoint) {
    end = LocalDate.parse(businessDate);
    LocalDate start = fromDate == null || fromDate.isBlank() ? end : LocalDate.parse(fromDate);
    last = checkpoint == null ? start.minusDays(1) : LocalDate.parse((String) checkpoint);
    failAfter =
        failAfterItems == null || failAfterItems.isBlank() ? 0 : Long.parseLong(failAfterItems);
  }

  @Override
  public Object readItem() {
    if (failAfter > 0 && readThisRun >= failAfter) {
      throw new IllegalStateException(
          "Falla provocada tras " + failAfter + " días (failAfterItems)");
    }
    if (!last.isBefore(end)) {
      return null;
    }
    last = last.plusDays(1);
    readThisRun++;
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last.toString();
  }
}
