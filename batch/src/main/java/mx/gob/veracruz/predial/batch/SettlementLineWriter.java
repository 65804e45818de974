package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.veracruz.predial.BankLine;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/** Stores a chunk of lines in the chunk's transaction (JDBC batch inserts). */
@Named("SettlementLineWriter")
@Dependent
public class SettlementLineWriter extends AbstractItemWriter {
  @Inject private ReconciliationBatchFacade reconciliation;

  @Override
  public void writeItems(List<Object> items) {
    reconciliation.insertLines(items.stream().map(BankLine.class::cast).toList());
  }
}
