package mx.gob.veracruz.cobros;

import java.io.Serializable;
import java.math.BigDecimal;

/** A card charge's state as the return page shows it: no personal data. */
public record ChargeState(
    boolean found,
    String folio,
    String module,
    String subject,
    String status,
    BigDecimal amount,
    String receiptFolio)
    implements Serializable {
  public boolean paid() {
    return "PAGADO".equals(status);
  }
}
