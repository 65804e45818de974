package mx.gob.veracruz.predial.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The gateway's daily settlement report (sandbox/README.md): CSV with a header line {@code
 * charge_id,reference,amount,currency,authorization,paid_at,fee}. The "reference" kept for matching
 * is the charge id; the clave catastral in the report is informative.
 */
public final class GatewayReportLayout implements BankFileLayout {
  @Override
  public String id() {
    return "GATEWAY-CSV";
  }

  @Override
  public boolean isHeader(String line) {
    return line.startsWith(SettlementFiles.GATEWAY_HEADER);
  }

  @Override
  public boolean isTrailer(String line) {
    return false;
  }

  @Override
  public Header header(String line) {
    throw new UnsupportedOperationException(
        "el reporte de la pasarela no tiene encabezado de banco");
  }

  @Override
  public Trailer trailer(String line) {
    throw new UnsupportedOperationException(
        "el reporte de la pasarela no tiene registro de control");
  }

  @Override
  public Detail detail(String line) {
    String[] f = line.split(",", -1);
    if (f.length < 7) {
      return Detail.malformed("Se esperaban 7 campos");
    }
    try {
      BigDecimal amount = new BigDecimal(f[2].trim());
      LocalDateTime paidAt = LocalDateTime.ofInstant(Instant.parse(f[5].trim()), ZoneOffset.UTC);
      return new Detail(f[0].trim(), amount.setScale(2), paidAt, "EN_LINEA", f[4].trim(), null);
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      return Detail.malformed("Campo ilegible: " + e.getMessage());
    }
  }
}
