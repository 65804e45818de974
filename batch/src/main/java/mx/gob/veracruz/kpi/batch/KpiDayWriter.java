package mx.gob.veracruz.kpi.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.kpi.KpiFacade;

/**
 * Replaces each day's facts inside the chunk's transaction: the day's delete and every module's
 * {@code INSERT … SELECT} commit together with the checkpoint, or not at all.
 */
@Named("KpiDayWriter")
@Dependent
public class KpiDayWriter extends AbstractItemWriter {
  @Inject private KpiFacade kpi;

  /** Once per execution (and after a restart), before the first day: see {@code prepare}. */
  @Override
  public void open(java.io.Serializable checkpoint) {
    kpi.prepare();
  }

  @Override
  public void writeItems(List<Object> items) {
    for (Object day : items) {
      kpi.aggregate((LocalDate) day);
    }
  }
}
