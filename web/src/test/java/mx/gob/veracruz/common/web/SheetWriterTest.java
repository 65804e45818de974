package mx.gob.veracruz.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.gob.veracruz.common.web.ExportColumn.Kind;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTest {
  private static final List<String> HEADERS =
      List.of("Referencia", "Nombre", "Importe", "Línea", "Fecha", "Pagado");
  private static final List<Kind> KINDS =
      List.of(Kind.IDENTIFIER, Kind.TEXT, Kind.MONEY, Kind.INTEGER, Kind.DATE, Kind.DATE_TIME);
  private static final Instant PAID = Instant.parse("2026-02-28T23:30:00Z"); // 17:30 in Veracruz

  @Test
  void formulaLeadersAreNeutralised() {
    for (String evil :
        List.of("=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(SheetWriter.neutralise(evil)).startsWith("'").endsWith(evil.substring(1));
    }
    assertThat(SheetWriter.neutralise("García")).isEqualTo("García");
    assertThat(SheetWriter.neutralise("")).isEmpty();
    assertThat(SheetWriter.neutralise(null)).isNull();
  }

  @Test
  void csvKeepsIdentifiersAndWritesPlainNumbersAndCityDates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SheetWriter w = SheetWriter.open(SheetWriter.Format.CSV, out, HEADERS, KINDS)) {
      w.row(row("00112612114", "=cmd|' /C calc'!A0", "6375.94", 7));
      w.row(Arrays.asList(null, null, null, null, null, null));
    }
    String csv = out.toString(StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("\uFEFFReferencia,Nombre,Importe,Línea,Fecha,Pagado");
    assertThat(lines.get(1))
        .isEqualTo("00112612114,'=cmd|' /C calc'!A0,6375.94,7,28/02/2026,28/02/2026 17:30:00");
    assertThat(lines.get(2)).isEqualTo("\"\",,,,,"); // Commons CSV quotes a leading empty field
  }

  @Test
  void xlsxHasTextIdentifiersNumericAmountsAndRealDates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SheetWriter w = SheetWriter.open(SheetWriter.Format.XLSX, out, HEADERS, KINDS)) {
      for (int i = 0;
          i < 1000;
          i++) { // beyond the streaming window: rows already flushed must be there
        w.row(
            row(
                String.format("%011d", 112612114L + i),
                i == 0 ? "-2+3" : "Nombre " + i,
                "6375.94",
                i));
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(1000);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Referencia");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("00112612114");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("'-2+3");
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(6375.94);
      assertThat(first.getCell(3).getNumericCellValue()).isZero();
      assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
      assertThat(first.getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 2, 28, 0, 0));
      assertThat(first.getCell(5).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 2, 28, 17, 30));
      assertThat(sheet.getRow(1000).getCell(0).getStringCellValue()).isEqualTo("00112613113");
    }
  }

  private static List<Object> row(String ref, String name, String amount, int line) {
    return new ArrayList<>(
        List.of(ref, name, new BigDecimal(amount), line, LocalDate.of(2026, 2, 28), PAID));
  }
}
