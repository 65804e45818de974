package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The cashier and the citizen portal in a real Chromium, paying through the gateway sandbox. */
class PredialBrowserIT {
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void open() throws Exception {
    driver = Browser.start();
    // PrimeFaces replaces whole fragments on ajax updates: an element read mid-update goes stale,
    // which every wait of these tests retries instead of failing.
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void aCashierChargesAPredioAndTheCashCutShowsIt() throws Exception {
    String[] debtor = debtor(150);
    driver.get(Http.BASE + "/consola/predial/caja.xhtml");
    login("finanzas");
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
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("charge-form:charge-lines-total")));
    assertThat(driver.findElement(By.id("charge-form:charge-lines-total")).getText()).contains("$");
    driver.findElement(By.id("charge-form:charge")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("charge-form:payment-folio")));
    assertThat(driver.findElement(By.id("charge-form:payment-folio")).getText())
        .matches("PRED-\\d{4}-\\d{6}");
    assertThat(driver.findElement(By.id("session-form:payment-count")).getText()).isNotBlank();
    assertThat(
            Http.json(staff().get("/api/v1/predial/predios/" + debtor[2] + "/estado-cuenta"))
                .getString("total"))
        .isEqualTo("0.00");
    noCspViolations();
  }

  @Test
  void aCitizenPaysByCardAndThePortalWaitsForTheSignedConfirmation() throws Exception {
    String[] debtor = debtor(200);
    driver.get(Http.BASE + "/predial/consulta.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-form:clave-catastral")))
        .sendKeys(debtor[0]);
    driver.findElement(By.id("lookup-form:verificacion")).sendKeys(debtor[1]);
    driver.findElement(By.id("lookup-form:lookup")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portal-lines-total")));
    driver.findElement(By.id("account-form:pay-online")).click();
    // the gateway's own checkout page (sandbox), then back to our return page
    wait.until(ExpectedConditions.urlContains("/checkout/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Pagar')]")))
        .click();
    wait.until(ExpectedConditions.urlContains("/predial/pago.xhtml"));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("payment-form:receipt-folio")));
    String folio = driver.findElement(By.id("payment-form:receipt-folio")).getText();
    assertThat(folio).matches("PRED-\\d{4}-\\d{6}");
    // "Volver a la consulta" reopens the same predio (without typing it again), now paid, with its
    // receipt.
    driver.findElement(By.id("payment-form:back")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portal-lines-total")));
    assertThat(driver.getPageSource()).contains(folio);
    noCspViolations();
  }

  @Test
  void theReceiptQrPageShowsValidityWithoutPersonalData() throws Exception {
    String[] debtor = debtor(250);
    Http citizen = new Http();
    String token =
        Http.json(
                citizen.postJson(
                    "/api/v1/predial/consultas",
                    "{\"claveCatastral\":\""
                        + debtor[0]
                        + "\",\"verificacion\":\""
                        + debtor[1]
                        + "\"}"))
            .getString("token");
    String charge =
        Http.json(
                citizen.postJson(
                    "/api/v1/predial/pagos-en-linea",
                    "{}",
                    "X-Predial-Token",
                    token,
                    "Idempotency-Key",
                    java.util.UUID.randomUUID().toString()))
            .getString("chargeId");
    new Http()
        .postJson(
            PredialApiIT.GATEWAY + "/sandbox/charges/" + charge + "/complete",
            "{\"outcome\":\"paid\",\"delivery\":\"normal\"}");
    JsonObject paid =
        Http.json(
            citizen.get("/api/v1/predial/pagos-en-linea/" + charge, "X-Predial-Token", token));
    String folio = paid.getString("receiptFolio");
    driver.get(
        Http.BASE
            + "/recibos/verificar.xhtml?folio="
            + folio
            + "&c="
            + paid.getString("verificationCode"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
    assertThat(driver.findElement(By.id("receipt-folio")).getText()).isEqualTo(folio);
    assertThat(driver.findElement(By.id("verdict")).getText()).containsIgnoringCase("válido");
    assertThat(driver.getPageSource()).doesNotContain(debtor[1]).doesNotContain(debtor[0]);
    driver.get(Http.BASE + "/recibos/verificar.xhtml?folio=" + folio + "&c=0000");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
    assertThat(driver.findElement(By.id("verdict")).getText())
        .doesNotContainIgnoringCase("recibo válido");
  }

  /** A demo predio (from offset {@code from}) that owes something: clave, owner CURP, id. */
  static String[] debtor(int from) throws Exception {
    Http staff = staff();
    JsonObject page = Http.json(staff.get("/api/v1/predial/predios?tamano=50&desde=" + from));
    for (var item : page.getJsonArray("items")) {
      long id = item.asJsonObject().getJsonNumber("id").longValue();
      if (!Http.json(staff.get("/api/v1/predial/predios/" + id + "/estado-cuenta"))
          .getString("total")
          .equals("0.00")) {
        JsonObject d = Http.json(staff.get("/api/v1/predial/predios/" + id));
        var owner = d.getJsonArray("owners").getJsonObject(0);
        if (!owner.isNull("curp")) {
          return new String[] {
            d.getString("claveCatastral"), owner.getString("curp"), String.valueOf(id)
          };
        }
      }
    }
    throw new AssertionError("no hay predios con adeudo desde " + from);
  }

  private static Http staff() throws Exception {
    return new Http().login("finanzas", "Demo.2026!");
  }

  private void login(String user) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys("Demo.2026!");
    driver.findElement(By.id("login-submit")).click();
  }

  private void noCspViolations() {
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
  }
}
