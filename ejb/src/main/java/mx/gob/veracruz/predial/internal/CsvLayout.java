package mx.gob.veracruz.predial.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV layout (docs/BANK-FILES.md), UTF-8, comma-separated, one record per line:
 *
 * <pre>
 * H,SANTANDER,2026-11-27,1
 * D,&lt;reference&gt;,1520.00,2026-11-27T10:15:00,VENTANILLA,&lt;authorisation&gt;
 * T,&lt;detail count&gt;,&lt;total&gt;
 * </pre>
 */
public final class CsvLayout implements BankFileLayout {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

  @Override
  public String id() {
    return "CSV";
  }

  @Override
  public boolean isHeader(String line) {
    return line.startsWith("H,");
  }

  @Override
  public boolean isTrailer(String line) {
    return line.startsWith("T,");
  }

  @Override
  public Header header(String line) {
    List<String> f = fields(line);
    if (f.size() < 4) {
      throw new IllegalArgumentException("Encabezado incompleto");
    }
    return new Header(f.get(1), LocalDate.parse(f.get(2)), Integer.parseInt(f.get(3)));
  }

  @Override
  public Trailer trailer(String line) {
    List<String> f = fields(line);
    if (f.size() < 3) {
      throw new IllegalArgumentException("Registro de control incompleto");
    }
    return new Trailer(Long.parseLong(f.get(1)), new BigDecimal(f.get(2)));
  }

  @Override
  public Detail detail(String line) {
    List<String> f;
    try {
      f = fields(line);
    } catch (IllegalArgumentException e) {
      return Detail.malformed("CSV ilegible: " + e.getMessage());
    }
    if (f.size() < 6 || !f.get(0).equals("D")) {
      return Detail.malformed(
          "Se esperaban 6 campos D,referencia,importe,fecha,canal,autorizacion");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(f.get(2));
    } catch (NumberFormatException e) {
      return Detail.malformed("Importe no numérico: " + f.get(2));
    }
    if (amount.scale() > 2 || amount.signum() <= 0) {
      return Detail.malformed("Importe inválido: " + f.get(2));
    }
    try {
      return new Detail(
          f.get(1), amount.setScale(2), LocalDateTime.parse(f.get(3)), f.get(4), f.get(5), null);
    } catch (DateTimeParseException e) {
      // The amount is readable: it stays in the control sums, and the line alone ends MAL_FORMADA.
      return new Detail(
          f.get(1),
          amount.setScale(2),
          null,
          f.get(4),
          f.get(5),
          "Fecha y hora inválidas: " + f.get(3));
    }
  }

  private static List<String> fields(String line) {
    try {
      List<CSVRecord> records = FORMAT.parse(new StringReader(line)).getRecords();
      if (records.isEmpty()) {
        throw new IllegalArgumentException("línea vacía");
      }
      return records.get(0).toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }
}
