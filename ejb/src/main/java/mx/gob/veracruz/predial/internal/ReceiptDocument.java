package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.veracruz.cobros.DocumentLine;

/**
 * What the official predial receipt shows. {@code payerRfc} may be null or blank for the public at
 * large; {@code channelDetail} (bank reference, card authorisation, cashier) is optional.
 */
public record ReceiptDocument(
    String folio,
    ZonedDateTime paidAt,
    String claveCatastral,
    String address,
    String payerName,
    String payerRfc,
    String channel,
    String channelDetail,
    List<DocumentLine> lines,
    BigDecimal total,
    String verificationUrl,
    boolean cancelled,
    BigDecimal balanceAfter,
    java.time.LocalDate statementDate) {

  public ReceiptDocument {
    lines = List.copyOf(lines);
  }
}
