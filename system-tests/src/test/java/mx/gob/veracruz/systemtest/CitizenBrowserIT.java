package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen in the browser, end to end: creates an account on the portal (a common password is
 * refused beside its field), opens the link the mail brought, signs in, declares the CURP, a clerk
 * at the counter issues the code in the console, the citizen types it and "mis trámites" shows the
 * predio and its receipts (one downloaded: a PDF). Then another citizen signs in with the local
 * identity provider (Keycloak standing in for Llave MX) and lands on "mis trámites" with the CURP
 * the provider vouched for. Screenshots of every screen go to target/capturas/cuentas/.
 */
class CitizenBrowserIT extends ConsoleSession {
  static final Path SHOTS = Path.of("target", "capturas", "cuentas");

  private void click(By by) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", e);
  }

  private void type(By by, String text) {
    WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    e.clear();
    e.sendKeys(text);
  }

  private void shot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void signUpVerifyAtTheCounterAndSeeMisTramites() throws Exception {
    String email = CitizenAccountIT.unique("navegador");
    driver.get(Http.BASE + "/cuenta/registro.xhtml");
    type(By.id("signup-form:nombre"), "Rosa Navegador");
    type(By.id("signup-form:email"), email);
    type(By.id("signup-form:password"), "qwerty12345");
    type(By.id("signup-form:password2"), "qwerty12345");
    click(By.id("signup-form:signup"));
    // One error, beside the password, in Spanish; nothing was created.
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("signup-form"), "de las más usadas"));
    List<WebElement> errors =
        driver.findElements(By.cssSelector("[id='signup-form'] .cd-field-error")).stream()
            .filter(e -> e.isDisplayed() && !e.getText().isBlank())
            .toList();
    assertThat(errors).hasSize(1);
    // …under the password, the field it is about.
    assertThat(
            errors.get(0).findElement(By.xpath("..")).findElements(By.id("signup-form:password")))
        .hasSize(1);
    shot("01-registro-contrasena-comun");
    type(By.id("signup-form:password"), CitizenAccountIT.PASSWORD);
    type(By.id("signup-form:password2"), CitizenAccountIT.PASSWORD);
    click(By.id("signup-form:signup"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-done")));
    shot("02-registro-enviado");

    String mail = CitizenAccountIT.waitForMail(email, "Confirme su correo");
    Matcher link = Pattern.compile("(/cuenta/verificar\\.xhtml\\?t=[A-Za-z0-9_-]+)").matcher(mail);
    assertThat(link.find()).isTrue();
    driver.get(Http.BASE + link.group(1));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));
    shot("03-correo-confirmado");

    // "Mis trámites" asks to sign in first, then comes back.
    driver.get(Http.BASE + "/mi/index.xhtml");
    type(By.id("login-form:email"), email);
    type(By.id("login-form:password"), CitizenAccountIT.PASSWORD);
    click(By.id("login-form:login"));
    wait.until(ExpectedConditions.textToBe(By.id("account-name"), "Rosa Navegador"));
    assertThat(driver.findElement(By.id("curp-unverified")).getText())
        .contains("no está verificada");
    type(By.id("curp-form:curp"), CitizenAccountIT.CURP_A);
    click(By.id("curp-form:declare-curp"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Guardamos su CURP"));
    shot("04-mis-tramites-sin-verificar");
    assertThat(driver.findElement(By.id("items-form:items")).getText()).doesNotContain("Predio");

    // The counter, in the console of another browser: the clerk finds the account and issues the
    // code.
    var citizen = driver;
    var citizenWait = wait;
    String code;
    driver = Browser.start();
    wait =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    try {
      login("atencion");
      driver.get(Http.BASE + "/consola/cuentas/ventanilla.xhtml");
      type(By.id("search-form:q"), email);
      click(By.id("search-form:search"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("accounts-form:accounts"), email));
      click(By.cssSelector("[id='accounts-form:accounts'] button"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-form:curp")));
      ((JavascriptExecutor) driver)
          .executeScript("PrimeFaces.getWidgetById('code-form:identificacion').selectValue('INE')");
      type(By.id("code-form:terminacion"), "0457");
      type(By.id("code-form:curp"), CitizenAccountIT.CURP_A);
      click(By.id("code-form:issue-code"));
      code =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-code"))).getText();
      assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
      shot("05-ventanilla-codigo");
    } finally {
      driver.quit();
      driver = citizen;
      wait = citizenWait;
    }

    // The citizen types the code: the predio and its receipts appear.
    type(By.id("code-form:codigo"), code);
    click(By.id("code-form:redeem"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("curp-verified")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("items-form:items"), "Predio"));
    String table = driver.findElement(By.id("items-form:items")).getText();
    assertThat(table).contains("Recibo").contains("$").doesNotContain("PREDIO", "RECIBO");
    shot("06-mis-tramites-verificada");
    WebElement pdfLink =
        driver.findElements(By.cssSelector("[id='items-form:items'] a.cd-item-link")).stream()
            .filter(a -> a.getText().equals("Descargar PDF"))
            .findFirst()
            .orElseThrow();
    try (var old = Files.list(downloads)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    pdfLink.click();
    Path pdf =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
            .pollingEvery(java.time.Duration.ofMillis(200))
            .until(
                d -> {
                  try (var s = Files.list(downloads)) {
                    return s.filter(p -> p.toString().endsWith(".pdf"))
                        .filter(p -> p.toFile().length() > 0)
                        .findFirst()
                        .orElse(null);
                  } catch (java.io.IOException e) {
                    return null;
                  }
                });
    assertThat(
            new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdf.getFileName().toString()).matches("recibo-[A-Z0-9-]+\\.pdf");

    // The preferences page and signing out.
    driver.get(Http.BASE + "/mi/avisos.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prefs-form:save-prefs")));
    shot("07-avisos");
    driver.get(Http.BASE + "/mi/index.xhtml");
    click(By.id("logout-form:logout"));
    wait.until(ExpectedConditions.urlContains("/cuenta/entrar.xhtml?salida=true"));
    driver.get(Http.BASE + "/mi/index.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form:email")));
  }

  @Test
  void signInWithTheIdentityProviderVerifiesTheCurp() throws Exception {
    driver.get(Http.BASE + "/cuenta/entrar.xhtml");
    shot("08-entrar");
    click(By.id("login-llave"));
    // Keycloak's own login page (the stand-in for Llave MX).
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .sendKeys("beto.llave");
    driver.findElement(By.id("password")).sendKeys("Llave.Demo-2026");
    shot("09-proveedor-de-identidad");
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("curp-verified")));
    assertThat(driver.findElement(By.id("curp-verified")).getText())
        .contains(CitizenAccountIT.CURP_B)
        .contains("identidad digital nacional");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("items-form:items"), "Predio"));
    shot("10-mis-tramites-llave");
    // The provider's round trip left nothing of the flow in the address bar.
    assertThat(driver.getCurrentUrl()).endsWith("/mi/index.xhtml");
    List<String> rows =
        driver.findElements(By.cssSelector("[id='items-form:items_data'] tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).isNotEmpty().noneMatch(r -> r.contains(CitizenAccountIT.CURP_A));
  }
}
