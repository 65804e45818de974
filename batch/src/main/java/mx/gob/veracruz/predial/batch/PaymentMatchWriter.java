package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/** Matches and applies a chunk of lines in the chunk's transaction (all or nothing). */
@Named("PaymentMatchWriter")
@Dependent
public class PaymentMatchWriter extends AbstractItemWriter {
  @Inject private ReconciliationBatchFacade reconciliation;

  @Override
  public void writeItems(List<Object> items) {
    reconciliation.match(items.stream().map(Long.class::cast).toList());
  }
}
