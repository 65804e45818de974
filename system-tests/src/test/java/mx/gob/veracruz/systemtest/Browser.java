package mx.gob.veracruz.systemtest;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for console tests. Without Chromium the tests are skipped, unless {@code
 * it.browser.required=true} (CI, profile -Pbrowser) makes its absence a failure.
 */
final class Browser {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  static ChromeDriver start() throws Exception {
    return start(null);
  }

  /** A browser whose downloads land in {@code downloads} (no prompt). */
  static ChromeDriver start(java.nio.file.Path downloads) throws Exception {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (Boolean.getBoolean("it.browser.required")) {
      Assertions.assertTrue(
          present,
          "Chromium y chromedriver son obligatorios (apt-get install chromium chromium-driver)");
    } else {
      Assumptions.assumeTrue(present, "Chromium no está instalado: pruebas de navegador omitidas");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,768",
        "--lang=es-MX",
        "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false,
              "download.directory_upgrade",
              true));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
