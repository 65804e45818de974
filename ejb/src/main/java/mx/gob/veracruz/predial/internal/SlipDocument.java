package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.veracruz.cobros.DocumentLine;

/**
 * What a bank-referenced payment slip shows: the reference is valid for {@code amount} only until
 * {@code validUntil}, because discounts and recargos change with the date (DOMAIN.md).
 */
public record SlipDocument(
    String reference,
    String bankName,
    String bankAgreement,
    String claveCatastral,
    String ownerName,
    List<DocumentLine> lines,
    BigDecimal amount,
    LocalDate validUntil,
    ZonedDateTime issuedAt,
    String algorithmId) {

  public SlipDocument {
    lines = List.copyOf(lines);
  }
}
