package mx.gob.veracruz.predial.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.predial.ReconciliationReportRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The daily reconciliation report as a spreadsheet: one row per bank and outcome, then the totals.
 */
final class ReconciliationReportXlsx {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReconciliationReportXlsx() {}

  /**
   * Built before streaming (as the PDFs), so a failure becomes a message and not a broken download.
   */
  static StreamedContent of(
      LocalDate date, List<ReconciliationReportRow> rows, UnaryOperator<String> outcomeLabel) {
    byte[] bytes = build(date, rows, outcomeLabel);
    return DefaultStreamedContent.builder()
        .name("conciliacion-" + date + ".xlsx")
        .contentType(XLSX)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  static byte[] build(
      LocalDate date, List<ReconciliationReportRow> rows, UnaryOperator<String> outcomeLabel) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(boldFont);
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("$#,##0.00"));
      CellStyle boldMoney = wb.createCellStyle();
      boldMoney.cloneStyleFrom(money);
      boldMoney.setFont(boldFont);

      Sheet sheet = wb.createSheet(Messages.text("predial.conciliacion.reporte.hoja"));
      text(
          sheet.createRow(0),
          0,
          Messages.text("predial.conciliacion.reporte.encabezado")
              + " "
              + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
          bold);
      Row header = sheet.createRow(2);
      List<String> keys =
          List.of(
              "predial.banco",
              "predial.conciliacion.resultado",
              "predial.conciliacion.lineas",
              "predial.importe");
      for (int i = 0; i < keys.size(); i++) {
        text(header, i, Messages.text(keys.get(i)), bold);
      }
      int r = 3;
      long lines = 0;
      BigDecimal total = BigDecimal.ZERO;
      for (ReconciliationReportRow row : rows) {
        Row x = sheet.createRow(r++);
        text(x, 0, row.bank(), null);
        text(x, 1, outcomeLabel.apply(row.outcome()), null);
        x.createCell(2).setCellValue(row.lines());
        number(x, 3, row.amount(), money);
        lines += row.lines();
        total = total.add(row.amount());
      }
      Row totals = sheet.createRow(r);
      text(totals, 0, Messages.text("predial.conciliacion.total"), bold);
      Cell count = totals.createCell(2);
      count.setCellValue(lines);
      count.setCellStyle(bold);
      number(totals, 3, total, boldMoney);
      for (int i = 0; i < keys.size(); i++) {
        sheet.setColumnWidth(
            i, (i == 1 ? 30 : 18) * 256); // no autoSizeColumn: it needs fonts on the server
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static void number(Row row, int column, BigDecimal value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value == null ? 0 : value.doubleValue());
    c.setCellStyle(style);
  }
}
