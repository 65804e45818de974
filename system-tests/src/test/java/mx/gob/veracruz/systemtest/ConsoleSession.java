package mx.gob.veracruz.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Chromium per test, its downloads in a fresh folder, and a staff login: the base of the console
 * browser tests. PrimeFaces replaces fragments on ajax updates, so every wait retries stale
 * elements.
 */
abstract class ConsoleSession {
  protected ChromeDriver driver;
  protected WebDriverWait wait;
  protected Path downloads;

  @BeforeEach
  void openBrowser() throws Exception {
    downloads = Files.createTempDirectory("descargas-it");
    driver = Browser.start(downloads);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Signs in as a demo user (a fresh session) and waits for the console to greet them. */
  protected void login(String user) {
    driver.manage().deleteAllCookies();
    driver.get(Http.BASE + "/consola/index.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys("Demo.2026!");
    driver.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("current-user"), user));
  }

  /**
   * Clicks an export button and waits for the finished file (Chromium writes *.crdownload first).
   */
  protected Path download(By button, String extension) throws Exception {
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    driver.findElement(button).click();
    return new WebDriverWait(driver, Duration.ofSeconds(120))
        .pollingEvery(Duration.ofMillis(200))
        .until(
            d -> {
              try (Stream<Path> s = Files.list(downloads)) {
                return s.filter(p -> p.toString().endsWith(extension))
                    .findFirst()
                    .filter(p -> p.toFile().length() > 0)
                    .orElse(null);
              } catch (java.io.IOException ex) {
                return null;
              }
            });
  }
}
