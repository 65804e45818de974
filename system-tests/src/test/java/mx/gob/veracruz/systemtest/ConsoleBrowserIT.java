package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clerk's day in the console, in a real Chromium. */
class ConsoleBrowserIT {
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
  void aWrongPasswordShowsTheMessageAndStaysOnTheLoginPage() {
    login("capturista", "equivocada");
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    assertThat(error.getText()).contains("Usuario o contraseña incorrectos");
    assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void aClerkFiltersTheCitizenListAndOpensACitizen() {
    login("capturista", "Demo.2026!");
    wait.until(ExpectedConditions.textToBe(By.id("current-user"), "capturista"));
    assertThat(driver.findElement(By.id("modules")).getText())
        .contains("Ciudadanos")
        .doesNotContain("Bitácora");

    driver.findElement(By.linkText("Ciudadanos")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#list-form\\:citizens_data tr")));
    String report = driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
    assertThat(report).matches("1-20 de \\d+");
    String firstRowName =
        driver
            .findElement(By.cssSelector("#list-form\\:citizens_data tr td:nth-child(2)"))
            .getText();
    String surname = firstRowName.split(" ")[0];

    driver.findElement(By.id("list-form:f-nombre")).sendKeys(surname);
    driver.findElement(By.id("list-form:search")).click();
    wait.until(
        d -> !d.findElement(By.cssSelector(".ui-paginator-current")).getText().equals(report));
    // The table body is replaced by the same ajax response; read the rows again until they are the
    // filtered ones
    // (an element read mid-update goes stale, which the wait ignores and retries).
    List<String> names =
        wait.until(
            d -> {
              List<String> texts =
                  d
                      .findElements(By.cssSelector("#list-form\\:citizens_data tr td:nth-child(2)"))
                      .stream()
                      .map(WebElement::getText)
                      .toList();
              return !texts.isEmpty() && texts.stream().allMatch(t -> t.contains(surname))
                  ? texts
                  : null;
            });
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).contains(surname));

    String curp =
        driver
            .findElement(By.cssSelector("#list-form\\:citizens_data tr td:nth-child(1)"))
            .getText();
    driver.findElement(By.cssSelector("#list-form\\:citizens_data tr a.open-citizen")).click();
    wait.until(ExpectedConditions.textToBe(By.id("identity-curp"), curp));
    // The link is bookmarkable: pasted into a fresh session (after login) it opens the same
    // citizen.
    String link = driver.getCurrentUrl();
    assertThat(link).doesNotContain("jakarta.faces.Token");
    driver.manage().deleteAllCookies();
    driver.get(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")))
        .sendKeys("capturista");
    driver.findElement(By.id("j_password")).sendKeys("Demo.2026!");
    driver.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("identity-curp"), curp));
    assertThat(driver.findElements(By.cssSelector(".citizen-panel")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(driver.findElement(By.id("panels")).getText()).contains("ciudadano.consultar");
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
  }

  @Test
  void anAuditorVerifiesTheChain() {
    login("auditor", "Demo.2026!");
    wait.until(ExpectedConditions.textToBe(By.id("current-user"), "auditor"));
    driver.findElement(By.linkText("Bitácora de auditoría")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("audit-form:verify"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("audit-form:verification"), "íntegra"));
  }

  @Test
  void anAdministratorRunsTheNightlyCheckOnDemandAndSeesItCompleteInSpanish() {
    login("admin", "Demo.2026!");
    wait.until(ExpectedConditions.textToBe(By.id("current-user"), "admin"));
    driver.findElement(By.linkText("Trabajos nocturnos")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("jobs-form:start-audit-check")))
        .click();
    // The newest execution is the first row; the poll refreshes it until the job ends.
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String row =
                  d.findElement(By.cssSelector("[id='jobs-form:executions_data'] tr:first-child"))
                      .getText();
              return row.contains("Verificación de la cadena de auditoría")
                  && row.contains("Terminado")
                  && row.contains("Cadena íntegra, registros revisados:");
            });
    assertThat(driver.findElement(By.id("jobs-form:executions")).getText())
        .doesNotContain("COMPLETED")
        .doesNotContain("common-audit-verification");
  }

  private void login(String user, String password) {
    driver.get(Http.BASE + "/consola/index.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
  }
}
