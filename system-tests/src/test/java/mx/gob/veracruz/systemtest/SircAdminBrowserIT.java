package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What SIRC's administrators manage in the console, seen from the outside: a new service with a
 * question, published as a version that Open311 clients read; a routing rule that sends the next
 * report to another department and crew; a supervisor kept to their department; an API key with its
 * own rate limit (HTTP 429 with Retry-After past it, 403 once revoked).
 */
class SircAdminBrowserIT extends ConsoleSession {

  private void click(By by) {
    WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", e);
  }

  /**
   * Chooses a value of a PrimeFaces select through its widget (what its item's click handler calls)
   * and checks the label the user then sees. A click on the item while the overlay was still
   * opening selected nothing in headless Chromium now and then; a user's click, checked by hand on
   * the same form, does select.
   */
  private void select(String menuId, String value, String shownLabel) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId)));
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", menuId, value);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId), shownLabel));
  }

  private void searchService(String code) {
    WebElement search = driver.findElement(By.id("services-form:search"));
    search.clear();
    search.sendKeys(code);
    WebElement table = driver.findElement(By.id("services-form:services"));
    click(By.id("services-form:find"));
    wait.until(ExpectedConditions.stalenessOf(table));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("services-form:services"), code));
  }

  @Test
  void anAdministratorPublishesAServiceARuleAndAKey() throws Exception {
    String code = "PRUEBA_" + (System.nanoTime() % 1_000_000_000L);
    login("admin");
    driver.get(Http.BASE + "/consola/sirc/catalogo.xhtml");
    click(By.id("services-form:new-service"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service-form:code")))
        .sendKeys(code);
    driver.findElement(By.id("service-form:name")).sendKeys("Semáforo descompuesto " + code);
    driver.findElement(By.id("service-form:theme")).sendKeys("Vialidades");
    driver
        .findElement(By.id("service-form:description"))
        .sendKeys("Un semáforo apagado, intermitente o dañado.");
    select("service-form:dependencia", "LIMP", "Limpia");
    driver.findElement(By.id("service-form:slaAmount_input")).sendKeys("8");
    click(By.id("service-form:add-question"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='service-form:questions'] input[id$='q-code']")));
    driver
        .findElement(By.cssSelector("[id='service-form:questions'] input[id$='q-code']"))
        .sendKeys("estado");
    driver
        .findElement(By.cssSelector("[id='service-form:questions'] input[id$='q-description']"))
        .sendKeys("¿Cómo está el semáforo?");
    // the type through the select's own widget (its overlay, inside a table row, sits under the
    // form's sticky action bar in a 1366 × 768 window)
    String typeId =
        driver
            .findElement(By.cssSelector("[id='service-form:questions'] div[id$='q-type']"))
            .getAttribute("id");
    select(typeId, "SINGLEVALUELIST", "Una opción");
    // options on a list question: one per line, key=Name; a bad line is refused first
    WebElement values =
        driver.findElement(
            By.cssSelector("[id='service-form:questions'] textarea[id$='q-values']"));
    values.sendKeys("apagado=Apagado");
    click(By.id("service-form:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Pregunta 1:"));
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("al menos dos opciones");
    values =
        driver.findElement(
            By.cssSelector("[id='service-form:questions'] textarea[id$='q-values']"));
    values.clear();
    values.sendKeys("apagado=Apagado\nintermitente=Intermitente\ndanado=Dañado o caído");
    click(By.id("service-form:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("versions-form:versions"), "admin"));
    assertThat(driver.findElement(By.id("editor-title")).getText()).contains("1");

    // Open311 clients read the definition as published
    JsonObject definition = Http.json(new Http().get("/open311/v2/services/" + code + ".json"));
    assertThat(definition.getString("service_code")).isEqualTo(code);
    JsonObject attribute = definition.getJsonArray("attributes").getJsonObject(0);
    assertThat(attribute.getString("code")).isEqualTo("estado");
    assertThat(attribute.getString("datatype")).isEqualTo("singlevaluelist");
    assertThat(attribute.getJsonArray("values")).hasSize(3);

    // A second version: the term changes; the list shows version 2
    WebElement sla = driver.findElement(By.id("service-form:slaAmount_input"));
    sla.clear();
    sla.sendKeys("5");
    click(By.id("service-form:save"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-title"), "2"));
    // the versions table is replaced by the same ajax update: read it through the wait, which
    // retries a stale element (it went stale between two lookups once in CI)
    wait.until(
        d -> {
          String versions = d.findElement(By.id("versions-form:versions")).getText();
          return versions.contains("2") && versions.contains("1");
        });

    // A routing rule: this service's reports go to Obras Públicas, to a crew
    driver.get(Http.BASE + "/consola/sirc/rutas.xhtml");
    select("rule-form:service", code, code);
    select("rule-form:dependencia", "OBP", "Obras");
    driver.findElement(By.id("rule-form:crew")).sendKeys("Cuadrilla Semáforos");
    click(By.id("rule-form:save-rule"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("rules-form:rules"), "Cuadrilla Semáforos"));
    HttpResponse<String> filed =
        Open311IT.file(
            Open311IT.KEY,
            code,
            "attribute[estado]",
            "apagado",
            "email",
            "semaforo" + System.nanoTime() + "@example.org");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String folio = filed.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
    String request = new Http().get("/open311/v2/requests/" + folio + ".json").body();
    assertThat(request).contains("Obras Públicas");

    // A department's supervisor cannot edit another department's service
    login("supervisor.obras");
    driver.get(Http.BASE + "/consola/sirc/catalogo.xhtml");
    searchService("BASURA");
    List<WebElement> rows =
        driver.findElements(By.cssSelector("[id='services-form:services'] tbody tr"));
    for (WebElement row : rows) {
      if (row.findElement(By.tagName("code")).getText().equals("BASURA")) {
        ((JavascriptExecutor) driver)
            .executeScript(
                "arguments[0].click()", row.findElement(By.cssSelector(".edit-service")));
        break;
      }
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service-form:name")))
        .sendKeys(" (cambio)");
    click(By.id("service-form:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("service-form"), "Solo puede editar los servicios y reglas de su dependencia"));

    // An API key with its own limit: 3 requests a minute, then 429; revoked, 403
    login("admin");
    driver.get(Http.BASE + "/consola/sirc/claves.xhtml");
    driver.findElement(By.id("key-form:application")).sendKeys("App de prueba " + code);
    driver.findElement(By.id("key-form:contact")).sendKeys("pruebas@example.org");
    WebElement rate = driver.findElement(By.id("key-form:rate_input"));
    rate.clear();
    rate.sendKeys("3");
    click(By.id("key-form:issue"));
    String key =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-key"))).getText();
    int created = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = Open311IT.file(key, "BASURA", "email", "limite" + i + "@example.org");
      if (last.statusCode() == 201) {
        created++;
      }
    }
    // the minute may turn during the loop: then the fourth starts a new window
    assertThat(created).isBetween(3, 4);
    if (created == 3) {
      assertThat(last.statusCode()).isEqualTo(429);
      assertThat(last.headers().firstValue("Retry-After")).isPresent();
      assertThat(
              jakarta.json.Json.createReader(new java.io.StringReader(last.body()))
                  .readArray()
                  .getJsonObject(0)
                  .getInt("code"))
          .isEqualTo(429);
    }
    WebElement keys = driver.findElement(By.id("keys-form:keys"));
    assertThat(keys.getText()).contains("App de prueba " + code);
    List<WebElement> keyRows = keys.findElements(By.cssSelector("tbody tr"));
    for (WebElement row : keyRows) {
      if (row.getText().contains("App de prueba " + code)) {
        assertThat(row.getText()).contains("3");
        ((JavascriptExecutor) driver)
            .executeScript("arguments[0].click()", row.findElement(By.cssSelector("button")));
        break;
      }
    }
    click(By.cssSelector(".ui-confirmdialog-yes"));
    wait.until(
        d ->
            d.findElement(By.id("keys-form:keys")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("App de prueba " + code))
                .anyMatch(r -> r.findElements(By.cssSelector("button")).isEmpty()));
    HttpResponse<String> revoked = Open311IT.file(key, "BASURA");
    assertThat(revoked.statusCode()).isEqualTo(403);
  }
}
