package mx.gob.veracruz.cobros;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A charge as the module that issued it and its payer see it. */
public record CobroView(
    String folio,
    String module,
    String subject,
    String conceptCode,
    String conceptName,
    String description,
    BigDecimal amount,
    String payerName,
    String status,
    LocalDate validUntil,
    String referencia,
    String bank,
    String bankName,
    String channel,
    String channelDetail,
    Instant paidAt,
    String receiptFolio,
    String verificationCode,
    String cfdiUuid)
    implements Serializable {
  public boolean paid() {
    return "PAGADO".equals(status);
  }
}
