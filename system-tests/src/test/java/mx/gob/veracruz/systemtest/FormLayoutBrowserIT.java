package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every console form at 1366×768, measured in a real Chromium: each visible label sits on the same
 * row as its input and before it (element geometry), and after a failed save each field's error
 * shows once, under the field, with one summary at the top of the form linking to it.
 */
class FormLayoutBrowserIT extends ConsoleSession {
  /**
   * Collects labels not beside their input: "label → why". PrimeFaces hides real inputs behind
   * widgets.
   */
  static final String LAYOUT =
      """
      const problems = [];
      const visible = r => r.width > 3 && r.height > 3;
      for (const label of document.querySelectorAll('label[for]')) {
        const lr = label.getBoundingClientRect();
        if (!visible(lr) || label.closest('.ui-helper-hidden-accessible')) continue;
        let el = document.getElementById(label.htmlFor);
        if (!el) { problems.push(label.textContent.trim() + ' → sin campo ' + label.htmlFor); continue; }
        let r = el.getBoundingClientRect();
        while ((!visible(r) || el.closest('.ui-helper-hidden-accessible')) && el.parentElement) {
          el = el.parentElement; r = el.getBoundingClientRect();
        }
        const cy = lr.top + lr.height / 2;
        const sameRow = cy >= r.top - 4 && cy <= r.bottom + 4;
        const box = el.type === 'checkbox' || el.type === 'radio' || el.querySelector('input[type=checkbox],input[type=radio]');
        const before = box ? true : lr.right <= r.left + 2;
        if (!sameRow || !before) {
          problems.push(label.textContent.trim() + ' → ' + (sameRow ? 'después del campo' : 'otra fila')
              + ' (etiqueta ' + Math.round(lr.left) + ',' + Math.round(lr.top) + ' campo ' + Math.round(r.left) + ',' + Math.round(r.top) + ')');
        }
      }
      return problems;""";

  /**
   * Per field with an error: how many error texts it shows; plus the summary's links and the
   * growl's texts.
   */
  static final String ERRORS =
      """
      const form = document.getElementById(arguments[0]);
      const fields = [];
      for (const f of form.querySelectorAll('.cd-field')) {
        const texts = [...f.querySelectorAll('.cd-field-error')].map(e => e.textContent.trim()).filter(t => t);
        const marked = f.querySelector('.ui-state-error') !== null;
        if (texts.length || marked) fields.push({label: f.querySelector('label').textContent.trim(), errors: texts.length, marked: marked, text: texts[0] || ''});
      }
      const links = [...form.querySelectorAll('.cd-error-summary a')].map(a => a.getAttribute('href'));
      const growl = [...document.querySelectorAll('.ui-growl-message')].map(g => g.textContent.trim());
      return {fields: fields, links: links, growl: growl};""";

  @Test
  void everyConsolePageHasItsLabelsBesideTheirInputs() throws Exception {
    login("admin");
    List<String> pages =
        new ArrayList<>(
            List.of(
                "/consola/index.xhtml",
                "/consola/ciudadanos/lista.xhtml",
                "/consola/calendario/dias-inhabiles.xhtml",
                "/consola/auditoria/bitacora.xhtml",
                "/consola/trabajos/lista.xhtml",
                "/consola/predial/predios.xhtml",
                "/consola/predial/tarifas.xhtml",
                "/consola/predial/caja.xhtml",
                "/consola/predial/ajustes.xhtml",
                "/consola/predial/conciliacion.xhtml",
                "/consola/sirc/bandeja.xhtml",
                "/consola/sirc/nuevo.xhtml",
                "/consola/sirc/claves.xhtml",
                "/consola/sirc/cumplimiento.xhtml",
                "/consola/sirc/catalogo.xhtml",
                "/consola/sirc/rutas.xhtml"));
    java.util.regex.Matcher report =
        java.util.regex.Pattern.compile("reporte\\.xhtml\\?id=(\\d+)")
            .matcher(
                new Http().login("admin", "Demo.2026!").get("/consola/sirc/bandeja.xhtml").body());
    if (report.find()) {
      pages.add("/consola/sirc/reporte.xhtml?id=" + report.group(1));
    }
    String firstPredio =
        Http.json(
                new Http().login("finanzas", "Demo.2026!").get("/api/v1/predial/predios?tamano=1"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .toString();
    pages.add("/consola/predial/predio.xhtml?id=" + firstPredio);
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      driver.get(Http.BASE + page);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
      screenshot("pagina" + page.replaceAll("[^a-z0-9]+", "-"));
      assertThat(driver.findElements(By.id("error-message")))
          .as(page + " abre sin error")
          .isEmpty();
      for (Object p : (List<?>) driver.executeScript(LAYOUT)) {
        problems.add(page + ": " + p);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theNewCitizenDialogShowsEachErrorOnceUnderItsFieldWithASummary() throws Exception {
    login("capturista");
    driver.get(Http.BASE + "/consola/ciudadanos/lista.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("list-form:new-citizen"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-form:curp")));
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    driver.findElement(By.id("citizen-form:curp")).sendKeys("XAXX010101");
    driver.findElement(By.id("citizen-form:save")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#citizen-form .cd-error-summary")));
    assertErrorsOnce("citizen-form", 2);
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    assertInViewport(By.id("citizen-form:save"));
    screenshot("formulario-ciudadano-errores");
  }

  @Test
  void theCallerReportFormShowsEachErrorOnceWithASummary() throws Exception {
    login("atencion");
    driver.get(Http.BASE + "/consola/sirc/nuevo.xhtml");
    wait.until(d -> "true".equals(d.findElement(By.id("pick-map")).getAttribute("data-ready")));
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    // A service chosen, no place: the location field says so, once, and the summary links to it.
    driver.findElement(By.id("report-form:serviceCode")).click();
    wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("report-form:serviceCode_filter")))
        .sendKeys("Luminaria apagada");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-selectonemenu-item[data-label*='Luminaria apagada']")))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".q-cuantas")));
    driver.findElement(By.id("report-form:email")).sendKeys("sin-arroba");
    driver.findElement(By.id("report-form:submit")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#report-form .cd-error-summary")));
    assertErrorsOnce("report-form", 1);
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    screenshot("sirc-nuevo-errores");
  }

  @Test
  void theCashierFormLaysOutAndARefusedCardChargeSaysWhyOnce() throws Exception {
    String[] debtor = PredialBrowserIT.debtor(100);
    login("finanzas");
    driver.get(Http.BASE + "/consola/predial/caja.xhtml");
    wait.until(
        d ->
            !d.findElements(By.id("open-form:open-session")).isEmpty()
                || !d.findElements(By.id("charge-form:clave-catastral")).isEmpty());
    if (!driver.findElements(By.id("open-form:open-session")).isEmpty()) {
      driver.findElement(By.id("open-form:opening-cash_input")).sendKeys("500");
      driver.findElement(By.id("open-form:open-session")).click();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.id("charge-form:clave-catastral")));
    }
    driver.findElement(By.id("charge-form:clave-catastral")).sendKeys(debtor[0]);
    driver.findElement(By.id("charge-form:find-predio")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("charge-form:importe_input")));
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    // Card without the terminal's authorization number: refused, the reason under that field only.
    driver.findElement(By.cssSelector("label[for='charge-form:method:1']")).click();
    wait.until(d -> d.findElement(By.id("charge-form:terminal-authorization")).isEnabled());
    driver.findElement(By.id("charge-form:charge")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#charge-form .cd-error-summary")));
    assertErrorsOnce("charge-form", 1);
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    assertInViewport(By.id("charge-form:charge"));
    screenshot("caja-error-autorizacion");
  }

  @Test
  void theTariffFormLaysOutAndAnEmptyRateIsRefusedOnce() throws Exception {
    login("finanzas");
    driver.get(Http.BASE + "/consola/predial/tarifas.xhtml");
    WebElement rate =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.id("tariff-form:rate-per-thousand_input")));
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    // The amount widget keeps its own hidden value: empty it with the keyboard, as a clerk would.
    rate.click();
    rate.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE,
        org.openqa.selenium.Keys.TAB);
    driver.findElement(By.id("tariff-form:save-tariff")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#tariff-form .cd-error-summary")));
    assertErrorsOnce("tariff-form", 1);
    screenshot("tarifas-error");
  }

  @Test
  void theResolveDialogLaysOutAndAResolutionWithoutJustificationIsRefusedOnce() throws Exception {
    LocalDate yesterday = LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1);
    Path file = Files.createTempFile(PredialReconciliationIT.landing(), "bbva-formulario-", ".txt");
    String day = yesterday.toString().replace("-", "");
    Files.write(
        file,
        List.of(
            "HBBVA"
                + day
                + String.format("%03d", 900 + (int) (Math.random() * 99))
                + " ".repeat(64),
            "D"
                + String.format("%-20s", "00999999999999991")
                + "00000000XX100"
                + day
                + "103000VE"
                + String.format("%-10s", "F1")
                + " ".repeat(20),
            "T" + String.format("%08d", 1) + String.format("%015d", 0) + " ".repeat(56)));
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
                return !Http.json(finance.get("/api/v1/trabajos/ejecuciones/" + id))
                    .getString("batchStatus")
                    .startsWith("START");
              } catch (Exception e) {
                return false;
              }
            });
    login("finanzas");
    driver.get(Http.BASE + "/consola/predial/conciliacion.xhtml");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='exceptions-form:exceptions'] button[id$=':resolve']")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve-form:note")));
    assertThat((List<?>) driver.executeScript(LAYOUT)).isEmpty();
    driver.findElement(By.id("resolve-form:confirm-resolution")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#resolve-form .cd-error-summary")));
    assertErrorsOnce("resolve-form", 1);
    assertInViewport(By.id("resolve-form:confirm-resolution"));
    screenshot("conciliacion-resolver-error");
  }

  @SuppressWarnings("unchecked")
  private void assertErrorsOnce(String form, int atLeast) {
    Map<String, Object> r = (Map<String, Object>) driver.executeScript(ERRORS, form);
    List<Map<String, Object>> fields = (List<Map<String, Object>>) r.get("fields");
    List<String> links = (List<String>) r.get("links");
    List<String> growl = (List<String>) r.get("growl");
    assertThat(fields).as("campos con error").hasSizeGreaterThanOrEqualTo(atLeast);
    for (Map<String, Object> f : fields) {
      assertThat(((Number) f.get("errors")).intValue())
          .as("errores mostrados bajo " + f.get("label"))
          .isEqualTo(1);
      assertThat(f.get("marked")).as("campo marcado: " + f.get("label")).isEqualTo(true);
      assertThat(growl)
          .as("el aviso flotante no repite el error de " + f.get("label"))
          .doesNotContain((String) f.get("text"));
    }
    assertThat(links)
        .as("el resumen enlaza cada campo con error")
        .hasSameSizeAs(fields)
        .allSatisfy(href -> assertThat(href).startsWith("#" + form + ":"));
  }

  private void assertInViewport(By by) {
    Object inside =
        driver.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + "return r.bottom <= window.innerHeight && r.top >= 0 && r.right <= window.innerWidth;",
            driver.findElement(by));
    assertThat(inside).as("el botón queda a la vista a 1366×768").isEqualTo(true);
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of(System.getProperty("it.root", "."), "system-tests", "target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
