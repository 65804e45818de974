package mx.gob.veracruz.common.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.gob.veracruz.common.CityClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes typed rows as CSV or XLSX straight to a stream, keeping at most a small window of rows in
 * memory (Commons CSV; POI's streaming SXSSF). Free text and identifiers that a spreadsheet would
 * read as a formula are neutralised (OWASP "CSV injection").
 */
public abstract class SheetWriter implements AutoCloseable {
  static final ZoneId CITY = CityClock.ZONE;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  /** The formats a list can be exported to. */
  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String contentType;
    public final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  public static SheetWriter open(
      Format format, OutputStream out, List<String> headers, List<ExportColumn.Kind> kinds)
      throws IOException {
    return format == Format.CSV ? new Csv(out, headers, kinds) : new Xlsx(out, headers, kinds);
  }

  /** One row, the values in column order. */
  public abstract void row(List<Object> values) throws IOException;

  @Override
  public abstract void close() throws IOException;

  /** A cell a spreadsheet would evaluate (=, +, -, @, tab, CR first) gets a leading apostrophe. */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + text
        : text;
  }

  static String asText(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (value instanceof Instant i) {
      return DATE_TIME.format(i.atZone(CITY));
    }
    if (value instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return String.valueOf(value);
  }

  private static final class Csv extends SheetWriter {
    private final CSVPrinter printer;
    private final List<ExportColumn.Kind> kinds;

    Csv(OutputStream out, List<String> headers, List<ExportColumn.Kind> kinds) throws IOException {
      this.kinds = kinds;
      OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF'); // the BOM makes Excel read accents and ñ as UTF-8
      printer =
          new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
      printer.printRecord(headers.stream().map(SheetWriter::neutralise).toList());
    }

    @Override
    public void row(List<Object> values) throws IOException {
      for (int i = 0; i < values.size(); i++) {
        String text = asText(values.get(i));
        ExportColumn.Kind kind = kinds.get(i);
        printer.print(
            kind == ExportColumn.Kind.TEXT || kind == ExportColumn.Kind.IDENTIFIER
                ? neutralise(text)
                : text);
      }
      printer.println();
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }

  private static final class Xlsx extends SheetWriter {
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final List<ExportColumn.Kind> kinds;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle date;
    private final CellStyle dateTime;
    private int next;

    Xlsx(OutputStream out, List<String> headers, List<ExportColumn.Kind> kinds) {
      this.out = out;
      this.kinds = kinds;
      workbook.setCompressTempFiles(true);
      sheet = workbook.createSheet("Datos");
      DataFormat formats = workbook.createDataFormat();
      text = style(formats, "@");
      money = style(formats, "#,##0.00");
      date = style(formats, "dd/mm/yyyy");
      dateTime = style(formats, "dd/mm/yyyy hh:mm:ss");
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      Row row = sheet.createRow(next++);
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = row.createCell(i);
        cell.setCellValue(neutralise(headers.get(i)));
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, 20 * 256);
      }
      sheet.createFreezePane(0, 1);
    }

    private CellStyle style(DataFormat formats, String pattern) {
      CellStyle s = workbook.createCellStyle();
      s.setDataFormat(formats.getFormat(pattern));
      return s;
    }

    @Override
    public void row(List<Object> values) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        // A typed column may hold the screen's word for a missing value ("Abierta"): it is text.
        switch (v instanceof String ? ExportColumn.Kind.TEXT : kinds.get(i)) {
          case MONEY -> {
            cell.setCellValue(((BigDecimal) v).doubleValue());
            cell.setCellStyle(money);
          }
          case INTEGER -> cell.setCellValue(((Number) v).doubleValue());
          case DATE -> {
            cell.setCellValue((LocalDate) v);
            cell.setCellStyle(date);
          }
          case DATE_TIME -> {
            cell.setCellValue(LocalDateTime.ofInstant((Instant) v, CITY));
            cell.setCellStyle(dateTime);
          }
          default -> {
            cell.setCellValue(neutralise(String.valueOf(v)));
            cell.setCellStyle(text);
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      try {
        workbook.write(out);
        out.flush();
      } finally {
        workbook.dispose();
        workbook.close();
      }
    }
  }
}
