package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * PAVG in Chromium: the quick exit leaves no trace in the history, the report form works with the
 * keyboard alone, and a case worked in the console (risk, order, note, referral, break-glass, ARCO)
 * leaves no plaintext of any canary in the database dump, the server log, the exports, or any page
 * served to someone not assigned.
 */
class PavgBrowserIT extends ConsoleSession {
  static final Path SHOTS = Path.of("target", "capturas", "pavg");

  @Test
  void theQuickExitReplacesThePageAndLeavesNoHistory() throws Exception {
    driver.get(Http.BASE + "/servicios/orientacion.xhtml");
    long before = history();
    assertThat(driver.getTitle()).doesNotContainIgnoringCase("violencia");
    driver.findElement(By.id("start-form:start")).click();
    WebElement narrative =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form:narrative")));
    narrative.sendKeys("Algo que nadie debe ver después");
    shot("orientacion-formulario");
    // the form was opened by ajax: no new history entry, nothing in the URL
    assertThat(history()).isEqualTo(before);
    assertThat(driver.getCurrentUrl()).endsWith("/servicios/orientacion.xhtml");
    narrative.sendKeys(Keys.ESCAPE);
    wait.until(d -> !d.getCurrentUrl().contains("/servicios/"));
    assertThat(history()).as("la salida reemplaza la entrada").isEqualTo(before);
    driver.navigate().back();
    wait.until(
        d ->
            !String.valueOf(((JavascriptExecutor) d).executeScript("return document.readyState"))
                .equals("loading"));
    assertThat(driver.getCurrentUrl()).doesNotContain("/servicios/orientacion");
    assertThat(driver.getPageSource()).doesNotContain("Algo que nadie debe ver");

    // the button does the same from the follow-up page
    driver.get(Http.BASE + "/servicios/orientacion-seguimiento.xhtml");
    long b2 = history();
    driver.findElement(By.id("salida-rapida")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/servicios/"));
    assertThat(history()).isEqualTo(b2);
  }

  @Test
  void theReportFormWorksWithTheKeyboardOnly() throws Exception {
    driver.get(Http.BASE + "/servicios/orientacion.xhtml");
    Actions keys = new Actions(driver);
    tabTo("start-form:start");
    keys.sendKeys(Keys.ENTER).perform();
    // the form takes the focus on its first field
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form:narrative")));
    wait.until(d -> active().startsWith("report-form:"));
    // submitted empty with the keyboard: every missing answer is named once
    tabTo("report-form:send");
    keys.sendKeys(Keys.ENTER).perform();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#report-form .cd-error-summary")));
    List<String> errors =
        driver
            .findElements(
                By.cssSelector("#report-form .cd-field-error, #report-form .ui-message-error"))
            .stream()
            .map(WebElement::getText)
            .filter(t -> !t.isBlank())
            .toList();
    assertThat(errors).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
    tabTo("report-form:about:0");
    keys.sendKeys(Keys.SPACE).perform();
    tabTo("report-form:danger:0");
    keys.sendKeys(Keys.ARROW_RIGHT).perform(); // a radio group moves with the arrows: "No"
    tabTo("report-form:categories:1");
    keys.sendKeys(Keys.SPACE).perform();
    tabTo("report-form:narrative");
    keys.sendKeys("Me grita y me quita el dinero de la quincena.").perform();
    tabTo("report-form:send");
    shot("orientacion-teclado");
    keys.sendKeys(Keys.ENTER).perform();
    WebElement code =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")));
    assertThat(code.getText()).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
    assertThat(driver.findElement(By.id("receipt-pin")).getText()).matches("\\d{6}");
    assertThat(driver.findElements(By.id("receipt-duty"))).isEmpty();
    assertThat(driver.getCurrentUrl()).endsWith("/servicios/orientacion.xhtml");
    shot("orientacion-recibo");
  }

  @Test
  void aCaseWorkedInTheConsoleLeavesNoPlaintextAnywhere() throws Exception {
    Pavg.Filed f = Pavg.fileWithCanaries(true);
    List<String> canaries = new ArrayList<>(f.canaries().values());
    String note = "CanarioNota" + Pavg.token();
    String reason = "CanarioMotivo" + Pavg.token() + " reporte de riesgo de la fiscalía";
    canaries.add(note);
    canaries.add(reason);

    // The on-duty specialist has the case in her queue with the red flag, and opens it.
    login("pavg.ana");
    String caseUrl = openFromQueue(f.folio());
    assertThat(driver.findElement(By.id("case-danger")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("case-name")).getText())
        .isEqualTo(f.canaries().get("nombre"));
    assertThat(driver.findElement(By.id("case-clock-text")).getText()).startsWith("Restan");
    // risk checklist: two critical factors make it extreme
    check("risk-form:risk", 0);
    check("risk-form:risk", 1);
    click(By.id("risk-form:assess"));
    wait.until(ExpectedConditions.textToBe(By.id("case-risk"), "Extremo"));
    // a referral without consent or legal ground is refused, with one message on that field
    choose("referral-form:code", "FISCALIA", "Fiscalía");
    click(By.id("referral-form:add-referral"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#referral-form .cd-error-summary")));
    assertThat(
            driver.findElements(By.cssSelector("#referral-form .cd-field-error")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .toList())
        .hasSize(1);
    choose("referral-form:ground", "CONSENTIMIENTO", "Con su consentimiento");
    click(By.id("referral-form:add-referral"));
    wait.until(d -> d.findElement(By.id("entries")).getText().contains("Fiscalía"));
    // the protection order stops the clock
    choose("measure-form:code", "ORDEN_EMERGENCIA", "Orden de protección de emergencia");
    click(By.id("measure-form:add-measure"));
    wait.until(ExpectedConditions.textToBe(By.id("case-clock-text"), "Orden registrada"));
    type(By.id("note-form:text"), note);
    click(By.id("note-form:add-note"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), note));
    shot("caso-especialista");
    // a second read of the case
    driver.get(caseUrl);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-narrative")));

    // Another specialist: the same 404 as a missing case, and nothing of it in the answer.
    login("pavg.berta");
    driver.get(caseUrl);
    assertThat(driver.getPageSource())
        .doesNotContain(f.canaries().get("nombre"))
        .doesNotContain(note);
    // (the status, 404 as for a missing case, is checked in PavgIT; here: the error page, no case)
    assertThat(driver.findElements(By.id("case-folio"))).isEmpty();
    assertThat(driver.getTitle()).contains("No fue posible");

    // The supervisor sees the clear columns only, until she records why she opens it.
    login("pavg_supervisor");
    driver.get(caseUrl);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("glass-form:reason")));
    for (String c : canaries) {
      assertThat(driver.getPageSource()).doesNotContain(c);
    }
    type(By.id("glass-form:reason"), "corto");
    click(By.id("glass-form:break-glass"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#glass-form .cd-error-summary")));
    type(By.id("glass-form:reason"), reason);
    click(By.id("glass-form:break-glass"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("via-glass")));
    assertThat(driver.findElement(By.id("case-narrative")).getText())
        .isEqualTo(f.canaries().get("relato"));
    // every read is on the case's trail: pavg.ana's two, then the supervisor's
    List<String> reads =
        driver.findElements(By.cssSelector("#access-log_data tr")).stream()
            .map(WebElement::getText)
            .filter(t -> t.contains("Consulta del caso"))
            .toList();
    assertThat(reads.stream().filter(t -> t.contains("pavg.ana"))).hasSize(2);
    assertThat(reads.stream().filter(t -> t.contains("pavg_supervisor"))).hasSize(1);
    shot("caso-supervision");

    // The supervisor's queue exports: the folio, never the content.
    driver.get(Http.BASE + "/consola/pavg/bandeja.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-form:cases")));
    String csv =
        Files.readString(download(By.id("queue-form:export-csv"), ".csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains(f.folio()).contains("Física");
    String xlsx = xlsxText(download(By.id("queue-form:export-xlsx"), ".xlsx"));
    assertThat(xlsx).contains(f.folio());
    // The specialist sees who opened her case, when and why.
    login("pavg.ana");
    driver.get(caseUrl);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accesses")));
    assertThat(driver.findElement(By.id("accesses")).getText())
        .contains("pavg_supervisor")
        .contains(reason);

    // Administrator and auditor: no way in; the auditor's trail export shows who read, not what.
    login("admin");
    driver.get(caseUrl);
    assertThat(driver.getPageSource()).doesNotContain(f.canaries().get("nombre"));
    login("auditor");
    driver.get(caseUrl);
    assertThat(driver.getPageSource()).doesNotContain(f.canaries().get("nombre"));
    driver.get(Http.BASE + "/consola/auditoria/bitacora.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("audit-form:a-action")))
        .sendKeys("pavg.");
    driver.findElement(By.id("audit-form:audit-search")).click();
    String audit =
        Files.readString(download(By.id("audit-form:export-csv"), ".csv"), StandardCharsets.UTF_8);
    assertThat(audit).contains("pavg.caso.consultar").contains("pavg.caso.acceso-excepcional");

    String dump = Pavg.databaseDump();
    String log = Pavg.serverLog();
    for (String c : canaries) {
      assertThat(dump).as("volcado de la base").doesNotContain(c);
      assertThat(log).as("server.log").doesNotContain(c);
      assertThat(csv).as("CSV de la bandeja").doesNotContain(c);
      assertThat(xlsx).as("XLSX de la bandeja").doesNotContain(c);
      assertThat(audit).as("bitácora").doesNotContain(c);
    }
  }

  @Test
  void anArcoCancellationIsDueByTheCalendarAndErasesHerIdentifyingData() throws Exception {
    Pavg.Filed f = Pavg.fileWithCanaries(true);
    String requester = "CanarioSolicitante" + Pavg.token();
    login("pavg_supervisor");
    driver.get(Http.BASE + "/consola/pavg/arco.xhtml");
    choose("arco-form:kind", "CANCELACION", "Cancelación");
    type(By.id("arco-form:caseFolio"), f.folio());
    type(By.id("arco-form:requester"), requester);
    type(By.id("arco-form:request"), "Pido que se borren mis datos de contacto de este caso.");
    click(By.id("arco-form:register"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("arco-due")));
    assertThat(driver.findElement(By.id("arco-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4}.*");
    assertThat(driver.findElement(By.id("arco-explanation")).getText()).isNotBlank();
    shot("arco-registrada");
    // the pending list's export: the folio and the case, never who asks
    String arcoFolio = driver.findElement(By.id("arco-folio")).getText().split(" ")[0];
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("arco-list:arcos"), arcoFolio));
    String arcoCsv =
        Files.readString(download(By.id("arco-list:export-csv"), ".csv"), StandardCharsets.UTF_8);
    assertThat(arcoCsv)
        .contains(arcoFolio)
        .contains(f.folio())
        .contains("Cancelación")
        .doesNotContain(requester);
    type(By.id("answer-form:answer"), "Procede: se suprimen los datos identificativos.");
    click(By.id("answer-form:answer-send"));
    wait.until(ExpectedConditions.textToBe(By.id("arco-status"), "Procedente"));
    click(By.id("execute-form:execute"));
    wait.until(ExpectedConditions.textToBe(By.id("arco-status"), "Ejecutada"));

    login("pavg.ana");
    openFromQueue(f.folio());
    assertThat(driver.findElement(By.id("case-name")).getText()).isEmpty();
    assertThat(driver.findElement(By.id("case-narrative")).getText()).contains("suprimido");
    assertThat(driver.getPageSource()).doesNotContain(f.canaries().get("telefono"));
    assertThat(driver.findElement(By.id("accesses")).getText()).contains("ARCO");
    assertThat(Pavg.databaseDump()).doesNotContain(requester);
  }

  @Test
  void aDocumentIsSealedServedOnlyToItsCaseAndTheCaseCloses() throws Exception {
    Pavg.Filed f = Pavg.fileWithCanaries(true);
    String marker = "CanarioDocumento" + Pavg.token();
    Path dir = Files.createTempDirectory("pavg-doc");
    Path hostile = dir.resolve("..%2F..%2Fetc passwd <script>.pdf");
    Files.writeString(hostile, "%PDF-1.4\n% " + marker + "\n%%EOF\n", StandardCharsets.ISO_8859_1);
    Path odd = dir.resolve("..Acta de nacimiento ñ (copia).pdf");
    Files.copy(hostile, odd);
    login("pavg.ana");
    String caseUrl = openFromQueue(f.folio());
    // a name no file system should receive is refused beside the field, nothing stored
    driver
        .findElement(By.cssSelector("#document-form input[type=file]"))
        .sendKeys(hostile.toAbsolutePath().toString());
    wait.until(
        d ->
            d
                .findElements(
                    By.cssSelector(
                        "#document-form .cd-field-error, #document-form .ui-message-error"))
                .stream()
                .anyMatch(e -> !e.getText().isBlank()));
    assertThat(driver.findElement(By.id("documents")).getText()).doesNotContain(".pdf");
    // an odd but valid name is kept only in safe characters
    driver
        .findElement(By.cssSelector("#document-form input[type=file]"))
        .sendKeys(odd.toAbsolutePath().toString());
    wait.until(d -> d.findElement(By.id("documents")).getText().contains(".pdf"));
    String name = driver.findElement(By.cssSelector("#documents_data td")).getText();
    assertThat(name).isEqualTo("Acta_de_nacimiento_n__copia_.pdf");
    String href = driver.findElement(By.cssSelector("a.doc-download")).getAttribute("href");
    String path = href.substring(href.indexOf("/consola/"));
    Http ana = new Http().login("pavg.ana", PavgIT.PASSWORD);
    var got = ana.getBytes(path);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(new String(got.body(), StandardCharsets.ISO_8859_1)).contains(marker);
    assertThat(new Http().login("pavg.berta", PavgIT.PASSWORD).getBytes(path).statusCode())
        .isEqualTo(404);
    assertThat(new Http().login("admin", PavgIT.PASSWORD).getBytes(path).statusCode())
        .isEqualTo(403);
    assertThat(Pavg.databaseDump()).doesNotContain(marker);

    choose("close-form:closeReason", "ATENDIDO", "Atendido");
    click(By.id("close-form:close"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Cerrado"));
    assertThat(driver.findElements(By.id("note-form:text"))).isEmpty();
    shot("caso-cerrado");
  }

  @Test
  void overdueProtectionOrdersAreFlaggedInTheQueue() throws Exception {
    login("pavg_supervisor");
    driver.get(Http.BASE + "/consola/pavg/bandeja.xhtml");
    click(By.id("queue-form:f-vencidos"));
    click(By.id("queue-form:search"));
    wait.until(
        d ->
            d.findElements(By.cssSelector("#queue-form\\:cases_data tr")).stream()
                .allMatch(tr -> tr.getText().contains("Sí")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#queue-form\\:cases_data tr"));
    assertThat(rows).isNotEmpty();
    for (WebElement r : rows) {
      assertThat(r.findElements(By.cssSelector(".case-overdue"))).isNotEmpty();
    }
    shot("bandeja-vencidos");
  }

  @Test
  void everyPavgPageHasItsLabelsBesideTheirInputsAndEachErrorOnce() throws Exception {
    Pavg.Filed f = Pavg.fileWithCanaries(true);
    List<String> problems = new ArrayList<>();
    // the public form, opened, then sent empty
    driver.get(Http.BASE + "/servicios/orientacion.xhtml");
    click(By.id("start-form:start"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form:narrative")));
    layout("orientacion", problems);
    click(By.id("report-form:send"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#report-form .cd-error-summary")));
    layout("orientacion-errores", problems);
    onceEach("report-form", problems);
    driver.get(Http.BASE + "/servicios/orientacion-seguimiento.xhtml");
    layout("seguimiento", problems);

    login("pavg.ana");
    String caseUrl = openFromQueue(f.folio());
    layout("caso-especialista", problems);
    click(By.id("note-form:add-note"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#note-form .cd-error-summary")));
    onceEach("note-form", problems);
    driver.get(Http.BASE + "/consola/pavg/bandeja.xhtml");
    layout("bandeja", problems);

    login("pavg_supervisor");
    driver.get(caseUrl);
    layout("caso-supervision", problems);
    for (String page :
        List.of(
            "/consola/pavg/bandeja.xhtml",
            "/consola/pavg/guardia.xhtml",
            "/consola/pavg/arco.xhtml")) {
      driver.get(Http.BASE + page);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
      layout(page.replaceAll("[^a-z]+", "-"), problems);
    }
    click(By.id("arco-form:register"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#arco-form .cd-error-summary")));
    onceEach("arco-form", problems);
    assertThat(problems).isEmpty();
  }

  private void layout(String name, List<String> problems) throws Exception {
    shot("formulario-" + name);
    for (Object p :
        (List<?>) ((JavascriptExecutor) driver).executeScript(FormLayoutBrowserIT.LAYOUT)) {
      problems.add(name + ": " + p);
    }
  }

  /** Each field with an error shows it once; the summary links to the fields. */
  @SuppressWarnings("unchecked")
  private void onceEach(String form, List<String> problems) {
    var r =
        (java.util.Map<String, Object>)
            ((JavascriptExecutor) driver).executeScript(FormLayoutBrowserIT.ERRORS, form);
    List<java.util.Map<String, Object>> fields =
        (List<java.util.Map<String, Object>>) r.get("fields");
    List<Object> links = (List<Object>) r.get("links");
    if (links.isEmpty()) {
      problems.add(form + ": sin resumen de errores");
    }
    for (var fld : fields) {
      if (((Number) fld.get("errors")).intValue() > 1) {
        problems.add(form + ": " + fld.get("label") + " muestra su error más de una vez");
      }
    }
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private long history() {
    return ((Number) ((JavascriptExecutor) driver).executeScript("return history.length"))
        .longValue();
  }

  private String active() {
    Object id =
        ((JavascriptExecutor) driver)
            .executeScript("return document.activeElement && document.activeElement.id");
    return id == null ? "" : id.toString();
  }

  /** Presses Tab until the element with this id has the focus (at most 120 times). */
  private void tabTo(String id) {
    Actions a = new Actions(driver);
    for (int i = 0; i < 120 && !active().equals(id); i++) {
      a.sendKeys(Keys.TAB).perform();
    }
    assertThat(active()).as("foco por teclado en " + id).isEqualTo(id);
  }

  private String openFromQueue(String folio) {
    driver.get(Http.BASE + "/consola/pavg/bandeja.xhtml");
    type(By.id("queue-form:f-folio"), folio);
    click(By.id("queue-form:search"));
    wait.until(
        d ->
            d.findElements(By.cssSelector("#queue-form\\:cases_data tr")).size() == 1
                && d.findElement(By.cssSelector("#queue-form\\:cases_data tr"))
                    .getText()
                    .contains(folio));
    String href =
        driver
            .findElement(By.cssSelector("#queue-form\\:cases_data a.open-case"))
            .getAttribute("href");
    driver.get(href);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-folio")));
    return href;
  }

  private void click(By by) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  private void type(By by, String text) {
    WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
    e.clear();
    e.sendKeys(text);
  }

  /** A PrimeFaces checkbox of a selectManyCheckbox, by position. */
  private void check(String id, int index) {
    WebElement box =
        driver.findElements(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).get(index);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", box);
    box.click();
  }

  /**
   * Chooses a value of a PrimeFaces select through its widget (as SircAdminBrowserIT does: a click
   * on an item of an opening overlay is lost now and then in headless Chromium) and checks the
   * label the user then sees.
   */
  private void choose(String id, String value, String label) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", id, value);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), label));
  }

  private static String xlsxText(Path file) throws Exception {
    StringBuilder s = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Sheet sheet : wb) {
        for (Row r : sheet) {
          for (Cell c : r) {
            s.append(c.toString()).append('\t');
          }
          s.append('\n');
        }
      }
    }
    return s.toString();
  }

  private void shot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
