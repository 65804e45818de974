package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every console list's CSV and XLSX, downloaded by a real Chromium and opened as a spreadsheet
 * would: the whole filtered result (rows = the paginator's total), the screen's column labels, and
 * a known row's values, identifiers as text and amounts as numbers.
 */
class ExportsBrowserIT extends ConsoleSession {
  @Test
  void theCitizenListExportsEveryRowOfTheFilter() throws Exception {
    login("capturista");
    driver.get(Http.BASE + "/consola/ciudadanos/lista.xhtml");
    String table = "list-form:citizens";
    List<String> firstRow = firstRow(table);
    // Filter by the first row's surname: the export holds exactly the filtered rows.
    String surname = firstRow.get(1).split(" ")[0];
    String before = report();
    driver.findElement(By.id("list-form:f-nombre")).sendKeys(surname);
    driver.findElement(By.id("list-form:search")).click();
    wait.until(d -> !report().equals(before));
    Export e = exportBoth("list-form:", table);
    assertThat(e.csv).allSatisfy(r -> assertThat(r.get(1)).contains(surname));
    assertThat(e.csv.get(0).get(0)).isEqualTo(firstRow(table).get(0)); // CURP, as text
    assertThat(e.xlsxCell(1, 0).getCellType()).isEqualTo(CellType.STRING);
  }

  @Test
  void thePredioListExportsTheWholeCityWithClavesAsText() throws Exception {
    login("finanzas");
    driver.get(Http.BASE + "/consola/predial/predios.xhtml");
    Export e = exportBoth("list-form:", "list-form:predios");
    assertThat(e.total).isGreaterThanOrEqualTo(300);
    assertThat(e.xlsxCell(1, 0).getCellType()).isEqualTo(CellType.STRING);
    assertThat(e.xlsxCell(1, 0).getStringCellValue())
        .matches("\\d{3}-\\d{3}-\\d{3}-\\d{3}-\\d{3}-\\d{3}");
  }

  @Test
  void theAuditTrailExportsWithSpanishOutcomesAndRealDates() throws Exception {
    login("auditor");
    driver.get(Http.BASE + "/consola/auditoria/bitacora.xhtml");
    // Each export is itself audited: filter on logins, so the CSV's record does not change the
    // XLSX's total.
    String before = report();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("audit-form:a-action")))
        .sendKeys("login");
    driver.findElement(By.id("audit-form:audit-search")).click();
    wait.until(d -> !report().equals(before));
    Export e = exportBoth("audit-form:", "audit-form:records");
    assertThat(e.csv).extracting(r -> r.get(3)).allSatisfy(a -> assertThat(a).startsWith("login"));
    assertThat(e.csv)
        .extracting(r -> r.get(5))
        .allSatisfy(o -> assertThat(o).isIn("Correcto", "Consulta", "Rechazado", "Fallido"));
    assertThat(e.xlsxCell(1, 0).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(e.xlsxCell(1, 1))).isTrue();
  }

  @Test
  void theJobsPageListsAndExportsEveryExecution() throws Exception {
    login("auditor");
    driver.get(Http.BASE + "/consola/trabajos/lista.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobs-form:executions")));
    assertThat(driver.findElements(By.id("jobs-form:start-audit-check")))
        .isEmpty(); // read-only role
    exportBoth("jobs-form:", "jobs-form:executions");
  }

  @Test
  void theExceptionsQueueExportsAmountsAsNumbersAndReferencesAsText() throws Exception {
    LocalDate yesterday = LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1);
    // A bank file whose lines cannot be applied: each waits in the exceptions queue of its date.
    List<String> details = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      details.add(
          "D"
              + String.format("%-20s", "0012345678901234" + i)
              + "00000000XX"
              + i
              + "00"
              + yesterday.toString().replace("-", "")
              + "103000VE"
              + String.format("%-10s", "X" + i)
              + " ".repeat(20));
    }
    Path file = Files.createTempFile(PredialReconciliationIT.landing(), "bbva-export-", ".txt");
    List<String> lines = new ArrayList<>();
    lines.add(
        "HBBVA"
            + yesterday.toString().replace("-", "")
            + String.format("%03d", (int) (Math.random() * 900) + 100)
            + " ".repeat(64));
    lines.addAll(details);
    lines.add(
        "T" + String.format("%08d", details.size()) + String.format("%015d", 0) + " ".repeat(56));
    Files.write(file, lines);
    Http finance = new Http().login("finanzas", "Demo.2026!");
    var started =
        finance.postJson(
            "/api/v1/trabajos/predial-payment-reconciliation",
            "{\"businessDate\":\"" + yesterday + "\",\"files\":\"" + file.getFileName() + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Http.json(started).getJsonNumber("executionId").longValue();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .pollingEvery(Duration.ofMillis(500))
        .until(
            d -> {
              try {
                String s =
                    Http.json(finance.get("/api/v1/trabajos/ejecuciones/" + id))
                        .getString("batchStatus");
                return s.equals("COMPLETED") || s.equals("FAILED");
              } catch (Exception ex) {
                return false;
              }
            });

    login("finanzas");
    driver.get(Http.BASE + "/consola/predial/conciliacion.xhtml");
    Export e = exportBoth("exceptions-form:exceptions-", "exceptions-form:exceptions");
    List<CSVRecord> mine =
        e.csv.stream().filter(r -> r.get(0).equals(file.getFileName().toString())).toList();
    assertThat(mine).hasSize(3);
    assertThat(mine).extracting(r -> r.get(4)).containsOnly("Línea mal formada");
    // The day's per-file results (a short list shown whole) export the same file with its lines.
    Export summaries = exportBoth("results-form:summaries-", "results-form:summaries");
    CSVRecord summary =
        summaries.csv.stream()
            .filter(r -> r.get(0).equals(file.getFileName().toString()))
            .findFirst()
            .orElseThrow();
    assertThat(summary.get(3)).isEqualTo("3");
    assertThat(summary.get(5)).contains("Línea mal formada: 3");
  }

  @Test
  void theShortListsExportTheRowsOnScreen() throws Exception {
    login("supervisor");
    driver.get(Http.BASE + "/consola/calendario/dias-inhabiles.xhtml");
    // A day of its own, with a reason no other test writes, in a past year no other test reads
    // (so the day added changes no deadline).
    int year = 2001;
    WebElement yearInput = driver.findElement(By.id("calendar-form:year_input"));
    yearInput.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        String.valueOf(year));
    WebElement oldTable = driver.findElement(By.id("calendar-form:days"));
    driver.findElement(By.id("calendar-form:year-search")).click();
    wait.until(ExpectedConditions.stalenessOf(oldTable)); // the search re-rendered the table
    String reason = "Exportación " + System.nanoTime();
    String shown = driver.findElement(By.id("calendar-form:days")).getText();
    String day =
        java.util.stream.IntStream.rangeClosed(1, 28)
            .mapToObj(d -> String.format("%02d/03/%d", d, year))
            .filter(d -> !shown.contains(d))
            .findFirst()
            .orElseThrow();
    WebElement date = driver.findElement(By.id("calendar-form:date_input"));
    // The calendar opens from its button only (showOnFocus=false): typing the date covers nothing.
    date.sendKeys(day);
    WebElement reasonInput = driver.findElement(By.id("calendar-form:reason"));
    reasonInput.sendKeys(reason);
    driver.findElement(By.id("calendar-form:add-day")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("calendar-form:days"), reason));
    Export days = exportBoth("calendar-form:days-", "calendar-form:days");
    assertThat(days.total).isGreaterThanOrEqualTo(1);
    CSVRecord mine =
        days.csv.stream().filter(r -> r.get(1).equals(reason)).findFirst().orElseThrow();
    assertThat(mine.get(0)).isEqualTo(day);
    int rowOfMine = days.csv.indexOf(mine) + 1;
    assertThat(
            org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(days.xlsxCell(rowOfMine, 0)))
        .isTrue();

    driver.get(Http.BASE + "/consola/predial/ajustes.xhtml");
    exportBoth("sessions-form:sessions-", "sessions-form:sessions");
    exportBoth("events-form:events-", "events-form:gateway-events");
    exportBoth("adjustments-form:adjustments-", "adjustments-form:adjustments");
  }

  @Test
  void theReportQueueExportsEveryReportOfTheFilterWithSpanishStates() throws Exception {
    login("auditor"); // reads every department's queue; no selection column
    driver.get(Http.BASE + "/consola/sirc/bandeja.xhtml");
    WebElement table = driver.findElement(By.id("queue-form:reports"));
    driver.findElement(By.cssSelector("[id='queue-form:f-abiertos'] .ui-chkbox-box")).click();
    driver.findElement(By.id("queue-form:search")).click(); // every state, not only open ones
    wait.until(ExpectedConditions.stalenessOf(table));
    Export e = exportBoth("queue-form:", "queue-form:reports");
    assertThat(e.total).isGreaterThanOrEqualTo(1);
    assertThat(e.csv)
        .extracting(r -> r.get(2))
        .allSatisfy(
            st ->
                assertThat(st)
                    .isIn(
                        "Recibido", "Asignado", "En proceso", "Resuelto", "Rechazado", "Cerrado"));
    assertThat(e.xlsxCell(1, 0).getStringCellValue()).matches("SIRC-\\d{4}-\\d{6}");
    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(e.xlsxCell(1, 7))).isTrue();
  }

  @Test
  void anExportIsRefusedToARoleTheListIsNotFor() throws Exception {
    // A data-entry clerk posts the audit trail's and the predio list's export buttons by hand.
    Http clerk = new Http().login("capturista", "Demo.2026!");
    for (String[] list :
        new String[][] {
          {"/consola/auditoria/bitacora.xhtml", "audit-form"},
          {"/consola/predial/predios.xhtml", "list-form"}
        }) {
      var r =
          clerk.postForm(
              list[0],
              list[1],
              list[1],
              list[1] + ":export-csv",
              "",
              "jakarta.faces.ViewState",
              "stateless");
      // Refused: no file, and the page the browser is sent to says "forbidden" with a 403.
      assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("csv");
      assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
      if (r.statusCode() == 302) {
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).as(list[0]).contains("/error.xhtml?estado=403");
        r = clerk.get(location.substring(location.indexOf('/', location.indexOf("//") + 2)));
      }
      assertThat(r.statusCode()).as(list[0]).isEqualTo(403);
      assertThat(r.body()).contains("No tiene permiso");
    }
  }

  /** The CSV and the XLSX of a list: same header as the screen, as many rows as its total. */
  private Export exportBoth(String buttonPrefix, String tableId) throws Exception {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tableId)));
    long total = total(tableId);
    List<String> headers = headers(tableId);
    List<String> first = total == 0 ? List.of() : firstRow(tableId);

    Path csvFile = download(By.id(buttonPrefix + "export-csv"), ".csv");
    List<CSVRecord> csv;
    try (Reader r = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      csv =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(r)
              .getRecords();
      assertThat(csv.isEmpty() ? headers : csv.get(0).getParser().getHeaderNames())
          .isEqualTo(headers);
    }
    assertThat(csv).as("filas del CSV = total de la lista").hasSize((int) total);
    if (total > 0) {
      for (int i = 0; i < headers.size(); i++) {
        assertThat(normal(csv.get(0).get(i))).as(headers.get(i)).isEqualTo(normal(first.get(i)));
      }
    }

    Path xlsxFile = download(By.id(buttonPrefix + "export-xlsx"), ".xlsx");
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(xlsxFile)) {
      wb = new XSSFWorkbook(in);
    }
    Sheet sheet = wb.getSheetAt(0);
    assertThat(sheet.getLastRowNum())
        .as("filas del XLSX = total de la lista")
        .isEqualTo((int) total);
    Row head = sheet.getRow(0);
    for (int i = 0; i < headers.size(); i++) {
      assertThat(head.getCell(i).getStringCellValue()).isEqualTo(headers.get(i));
    }
    return new Export(total, csv, sheet);
  }

  private record Export(long total, List<CSVRecord> csv, Sheet sheet) {
    Cell xlsxCell(int row, int col) {
      return sheet.getRow(row).getCell(col);
    }
  }

  private long total(String tableId) {
    if (driver
        .findElements(By.cssSelector("[id='" + tableId + "'] .ui-paginator-current"))
        .isEmpty()) {
      // A short list shown whole: its rows (the empty message is a row without data-ri).
      return driver
          .findElements(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"))
          .size();
    }
    String report =
        wait.until(
            d -> {
              List<WebElement> r =
                  d.findElements(By.cssSelector("[id='" + tableId + "'] .ui-paginator-current"));
              return r.isEmpty() ? null : r.get(0).getText();
            });
    return report.isBlank()
        ? 0
        : Long.parseLong(report.substring(report.lastIndexOf(' ') + 1).trim());
  }

  private List<String> headers(String tableId) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("[id='" + tableId + "'] thead th")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .filter(t -> !t.isEmpty() && !t.equals("Acciones"))
                .toList());
  }

  private List<String> firstRow(String tableId) {
    return wait.until(
        d -> {
          List<String> cells =
              d
                  .findElements(By.cssSelector("[id='" + tableId + "_data'] tr:first-child td"))
                  .stream()
                  .map(WebElement::getText)
                  .toList();
          return cells.size() > 1 ? cells : null;
        });
  }

  private String report() {
    return driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
  }

  /** The screen shows money as "$1,234.50" and the CSV "1234.50": compare them as numbers. */
  private static String normal(String s) {
    // A cell of several lines on screen (the per-outcome counts) is one "; "-separated cell.
    String t = s.trim().replaceAll("\\s*\\n\\s*", "; ");
    if (t.matches("\\p{L}+ \\d{2}/\\d{2}/\\d{4}")) {
      return t.substring(t.indexOf(' ') + 1); // "martes 01/12/2026" on screen, the date in the file
    }
    if (t.matches("-?\\$?[\\d,]+\\.\\d{2}")) {
      return new BigDecimal(t.replace("$", "").replace(",", "")).toPlainString();
    }
    return t;
  }
}
