package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen files a report on the portal with a click on the map and a photo (a file that only
 * claims to be one is refused; the stored photo has lost the camera's metadata); a clerk of the
 * department that receives it assigns and resolves it; the citizen gets the mails and sees the
 * update on the private tracking page; a clerk of another department cannot open it by its id.
 */
class SircBrowserIT extends ConsoleSession {
  static final String MAIL_API = System.getProperty("it.mailApi", "http://127.0.0.1:21089");

  @Test
  void aCitizenReportsAndAClerkResolvesIt() throws Exception {
    String email = "vecina" + System.nanoTime() + "@example.org";
    driver.get(Http.BASE + "/sirc/reportar.xhtml");
    wait.until(d -> "true".equals(d.findElement(By.id("pick-map")).getAttribute("data-ready")));
    driver.findElement(By.id("report-form:serviceCode")).click();
    wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("report-form:serviceCode_filter")))
        .sendKeys("Basura acumulada");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-selectonemenu-item[data-label*='Basura acumulada']")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("report-form:service-details"), "basura"));
    // The place: a click on the map fills latitude and longitude.
    new Actions(driver).moveToElement(driver.findElement(By.id("pick-map"))).click().perform();
    wait.until(d -> !d.findElement(By.id("report-form:lat")).getAttribute("value").isEmpty());
    driver.findElement(By.id("report-form:description")).sendKeys("Bolsas de basura en la esquina");
    // A script named like a photo is refused by its content, beside the field.
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sirc-fotos");
    java.nio.file.Path fake = dir.resolve("foto.jpg");
    java.nio.file.Files.writeString(fake, "<script>alert(1)</script>");
    driver
        .findElement(By.cssSelector("[id='report-form:photo'] input[type=file]"))
        .sendKeys(fake.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("report-form:photo-field"), "no es una foto"));
    // A phone's photo, with the camera and a position in its EXIF data.
    java.nio.file.Path photo = dir.resolve("IMG_2026 esquina (1).jpg");
    java.nio.file.Files.write(photo, PhoneJpeg.withExif("CAMARA-SECRETA GPS 19.1738N 96.1342W"));
    driver
        .findElement(By.cssSelector("[id='report-form:photo'] input[type=file]"))
        .sendKeys(photo.toString());
    wait.until(
        d ->
            d.findElements(By.cssSelector("[id='report-form:photo-list'] img.photo-preview")).size()
                == 1);
    assertThat(driver.findElement(By.id("report-form:photo-field")).getText())
        .doesNotContain("no es una foto");
    driver.findElement(By.id("report-form:email")).sendKeys(email);
    driver.findElement(By.id("report-form:submit")).click();
    // An open report of the same kind nearby (an earlier run) asks first: it is another one.
    wait.until(
        d ->
            !d.findElements(By.id("filed-folio")).isEmpty()
                || !d.findElements(By.id("report-form:file-anyway")).isEmpty());
    if (driver.findElements(By.id("filed-folio")).isEmpty()) {
      driver.findElement(By.id("report-form:file-anyway")).click();
    }
    String folio =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filed-folio"))).getText();
    assertThat(folio).matches("SIRC-\\d{4}-\\d{6}");
    assertThat(driver.findElement(By.id("filed-explanation")).getText()).contains("días hábiles");
    String tracking = driver.findElement(By.id("tracking-link")).getAttribute("href");
    assertThat(tracking).contains("/sirc/seguimiento.xhtml?t=").doesNotContain(folio);

    // The clerk of Limpia Pública finds it in the queue and works it.
    login("limpia");
    driver.get(Http.BASE + "/consola/sirc/bandeja.xhtml");
    driver.findElement(By.id("queue-form:f-folio")).sendKeys(folio);
    WebElement table = driver.findElement(By.id("queue-form:reports"));
    driver.findElement(By.id("queue-form:search")).click();
    wait.until(ExpectedConditions.stalenessOf(table));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("queue-form:reports"), folio));
    driver.findElement(By.cssSelector("a.open-report")).click();
    wait.until(ExpectedConditions.textToBe(By.id("report-folio"), folio));
    String reportUrl = driver.getCurrentUrl();
    assertThat(driver.findElement(By.id("report-contact")).getText()).contains(email);
    assertThat(driver.findElements(By.cssSelector("#report-photos img"))).hasSize(1);
    act("ASIGNAR", "Cuadrilla Centro 2", null);
    wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Asignado"));
    act("RESOLVER", null, "Se recogieron las bolsas y se barrió la esquina.");
    wait.until(ExpectedConditions.textToBe(By.id("report-status"), "Resuelto"));

    // Another department's clerk: the same id is not found (no oracle).
    login("obras");
    driver.get(reportUrl);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-message")));
    assertThat(driver.findElement(By.id("error-message")).getText()).contains("no existe");
    assertThat(driver.getPageSource()).doesNotContain(email);
    String photoOfReport = reportUrl.replace("reporte.xhtml", "foto") + "&n=1";
    assertThat(status(photoOfReport)).as("another department's photo").isEqualTo(404);
    login("limpia");
    assertThat(status(photoOfReport)).as("the department's own photo").isEqualTo(200);

    // The citizen: the tracking page shows the resolution and offers to reopen.
    driver.manage().deleteAllCookies();
    driver.get(tracking);
    wait.until(ExpectedConditions.textToBe(By.id("tracking-status"), "Resuelto"));
    assertThat(driver.findElement(By.id("tracking-updates")).getText())
        .contains("Se recogieron las bolsas");
    assertThat(driver.findElements(By.id("reopen-form:reopen"))).hasSize(1);
    // The photo as stored: a JPEG without the camera's metadata, served to the link's holder only.
    String photoUrl = driver.findElement(By.cssSelector("#tracking-photos a")).getAttribute("href");
    HttpResponse<byte[]> stored =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(photoUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    String bytes = new String(stored.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(bytes)
        .startsWith("\u00FF\u00D8\u00FF")
        .doesNotContain("CAMARA")
        .doesNotContain("Exif");
    HttpResponse<byte[]> otherToken =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(photoUrl.replaceAll("t=[^&]+", "t=AAAAAAAAAAAAAAAAAAAAAAAA")))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(otherToken.statusCode()).isEqualTo(404);
    assertThat(driver.getPageSource()).doesNotContain(email).doesNotContain("limpia");

    // The mails: received, assigned, resolved ("¿Se resolvió?"), each with the tracking link.
    List<JsonObject> mails =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .pollingEvery(Duration.ofMillis(500))
            .until(
                d -> {
                  List<JsonObject> m = inbox(email);
                  return m.size() >= 3 ? m : null;
                });
    assertThat(mails)
        .extracting(m -> m.getString("subject"))
        .contains(
            "Recibimos su reporte " + folio,
            "Su reporte " + folio + ": Asignado",
            "Su reporte " + folio + ": Resuelto");
    String resolved =
        mails.stream()
            .filter(m -> m.getString("subject").endsWith("Resuelto"))
            .findFirst()
            .orElseThrow()
            .getString("mimeMessage")
            .replace("=\r\n", "");
    assertThat(resolved).contains("=C2=BFSe resolvi=C3=B3?").contains("seguimiento.xhtml?t");
  }

  /**
   * A typed address puts the pin in the colonia it names, for the citizen to confirm; an address
   * with no colonia of the municipality says so beside the field and leaves the place empty.
   */
  @Test
  void aTypedAddressPutsThePinInItsColonia() {
    driver.get(Http.BASE + "/sirc/reportar.xhtml");
    wait.until(d -> "true".equals(d.findElement(By.id("pick-map")).getAttribute("data-ready")));
    WebElement address = driver.findElement(By.id("report-form:address"));
    address.sendKeys("Calle Inventada 5, colonia Que No Existe");
    driver.findElement(By.id("report-form:locate")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("report-form:address-field"), "No encontramos una colonia"));
    assertThat(driver.findElement(By.id("report-form:lat")).getAttribute("value")).isEmpty();
    address = driver.findElement(By.id("report-form:address"));
    address.clear();
    address.sendKeys("Av. Independencia 1010, col. centro");
    driver.findElement(By.id("report-form:locate")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("report-form:geo-found"), "Centro"));
    wait.until(d -> !d.findElement(By.id("report-form:lat")).getAttribute("value").isEmpty());
    assertThat(
            Double.parseDouble(driver.findElement(By.id("report-form:lat")).getAttribute("value")))
        .isBetween(19.0, 19.4);
    assertThat(driver.findElement(By.id("report-form:address-field")).getText())
        .doesNotContain("No encontramos");
    assertThat(driver.findElements(By.cssSelector("#pick-map .cd-pin"))).hasSize(1);
  }

  /** The HTTP status of a GET made by the browser with its session (not from its cache). */
  private long status(String url) {
    Object code =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin', cache: 'no-store'})"
                    + ".then(r => done(r.status)).catch(e => done(-1));",
                url);
    return ((Number) code).longValue();
  }

  @Test
  void aClerkAssignsSeveralReportsAtOnce() {
    login("limpia");
    driver.get(Http.BASE + "/consola/sirc/bandeja.xhtml");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='queue-form:reports_data'] tr[data-ri] .ui-chkbox-box")));
    List<WebElement> boxes =
        driver.findElements(
            By.cssSelector("[id='queue-form:reports_data'] tr[data-ri] .ui-chkbox-box"));
    boxes.get(0).click();
    if (boxes.size() > 1) {
      boxes.get(1).click();
    }
    String crew = "Cuadrilla " + System.nanoTime() % 100_000;
    driver.findElement(By.id("queue-form:assignee")).sendKeys(crew);
    driver.findElement(By.id("queue-form:assign-selected")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("queue-form:reports"), crew));
    // The re-rendered queue shows the crew on the reports just assigned (and the reports stay
    // open).
    assertThat(driver.findElement(By.id("queue-form:reports")).getText()).contains("Asignado");
  }

  private void act(String action, String assignee, String note) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.action-" + action)))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-form:note")));
    if (assignee != null) {
      WebElement a = driver.findElement(By.id("action-form:assignee"));
      a.clear();
      a.sendKeys(assignee);
    }
    if (note != null) {
      driver.findElement(By.id("action-form:note")).sendKeys(note);
    }
    WebElement status = driver.findElement(By.id("report-status"));
    driver.findElement(By.id("action-form:apply")).click();
    wait.until(ExpectedConditions.stalenessOf(status));
  }

  private static List<JsonObject> inbox(String email) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(MAIL_API + "/api/user/" + email + "/messages/INBOX"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return List.of();
      }
      return Json.createReader(new StringReader(r.body()))
          .readArray()
          .getValuesAs(JsonObject.class);
    } catch (Exception e) {
      return List.of();
    }
  }
}
