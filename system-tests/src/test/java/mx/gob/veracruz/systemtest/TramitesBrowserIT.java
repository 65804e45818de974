package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A procedure that exists only as data: a supervisor defines it in the console (requirements, a
 * fee, a form with a conditional field), a citizen files it on the portal with a document, pays by
 * card through the gateway sandbox, a clerk refuses the document and issues a prevención (the term
 * stops), she answers with a new document (the term resumes), the supervisor resolves it and the
 * signed PDF verifies by its QR page. Every screen is checked with the layout and one-error scripts
 * and saved to target/capturas/tramites/.
 */
class TramitesBrowserIT extends ConsoleSession {
  static final Path SHOTS = Path.of("target", "capturas", "tramites");
  private final List<String> problems = new ArrayList<>();

  private void click(By by) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", e);
  }

  private void type(By by, String text) {
    WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    e.clear();
    e.sendKeys(text);
  }

  private void select(String widgetId, String value) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(widgetId)));
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", widgetId, value);
  }

  /**
   * Picks an option and runs the select's ajax behaviour, as picking it with the mouse does (a
   * mouse click on the animated panel proved flaky under load; the page itself was checked by
   * hand).
   */
  private void choose(String id, String value) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    ((JavascriptExecutor) driver)
        .executeScript(
            "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                + " if (w.hasBehavior('valueChange')) { w.callBehavior('valueChange'); }",
            id,
            value);
  }

  private void shot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  private void layout(String name) throws Exception {
    shot(name);
    for (Object p :
        (List<?>) ((JavascriptExecutor) driver).executeScript(FormLayoutBrowserIT.LAYOUT)) {
      problems.add(name + ": " + p);
    }
  }

  @SuppressWarnings("unchecked")
  private void onceEach(String form) {
    var r =
        (java.util.Map<String, Object>)
            ((JavascriptExecutor) driver).executeScript(FormLayoutBrowserIT.ERRORS, form);
    if (((List<Object>) r.get("links")).isEmpty()) {
      problems.add(form + ": sin resumen de errores");
    }
    for (var fld : (List<java.util.Map<String, Object>>) r.get("fields")) {
      if (((Number) fld.get("errors")).intValue() > 1) {
        problems.add(form + ": " + fld.get("label") + " muestra su error más de una vez");
      }
    }
  }

  private void visible(By by) throws Exception {
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      shot("fallo-" + System.currentTimeMillis());
      throw e;
    }
  }

  private void waitText(By by, String text) throws Exception {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      shot("fallo-" + System.currentTimeMillis());
      throw e;
    }
  }

  /** "$1,234.50" as a number. */
  static java.math.BigDecimal money(String text) {
    return new java.math.BigDecimal(text.replaceAll("[^0-9.]", ""));
  }

  static Path pdf(String name, String text) throws Exception {
    Path dir = Files.createTempDirectory("docs-it");
    Path p = dir.resolve(name);
    Files.writeString(p, "%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    return p;
  }

  private void citizenLogin(String email) {
    driver.manage().deleteAllCookies();
    driver.get(Http.BASE + "/mi/index.xhtml");
    type(By.id("login-form:email"), email);
    type(By.id("login-form:password"), CitizenAccountIT.PASSWORD);
    click(By.id("login-form:login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-name")));
  }

  @Test
  void aProcedureDefinedInTheConsoleIsFiledPaidCorrectedResolvedAndVerified() throws Exception {
    String code = "prueba-" + UUID.randomUUID().toString().substring(0, 8);

    // 1. The supervisor defines it: first an empty save (one error per field), then the real one.
    login("supervisor");
    driver.get(Http.BASE + "/consola/tramites/editar.xhtml");
    click(By.id("editor:guardar"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#editor .cd-error-summary")));
    onceEach("editor");
    layout("01-editor-errores");
    type(By.id("editor:clave"), code);
    type(By.id("editor:nombre"), "Permiso de prueba para kermés vecinal");
    type(By.id("editor:descripcion"), "Autoriza una kermés vecinal en la vía pública por un día.");
    type(By.id("editor:quien"), "Vecinos mayores de edad del municipio");
    type(By.id("editor:area"), "Dirección de Gobernación");
    type(By.id("editor:plazo"), "10");
    type(By.id("editor:fundamento"), "Bando de Policía y Gobierno del Municipio de Veracruz");
    click(By.id("editor:agregar-requisito"));
    type(By.id("editor:requisitos:0:r-clave"), "croquis");
    type(By.id("editor:requisitos:0:r-nombre"), "Croquis del lugar");
    click(By.id("editor:agregar-cobro"));
    select("editor:cobros:0:c-concepto", "DER-LICENCIAS");
    type(By.id("editor:cobros:0:c-importe"), "350.00");
    type(By.id("editor:cobros:0:c-desc"), "Derechos por permiso de evento");
    click(By.id("editor:agregar-campo"));
    type(By.id("editor:campos:0:k-nombre"), "nombre");
    type(By.id("editor:campos:0:k-etiqueta"), "Nombre del responsable");
    click(By.cssSelector("[id='editor:campos:0:k-obl'] .ui-chkbox-box"));
    select("editor:campos:0:k-prellenar", "nombre");
    click(By.id("editor:agregar-campo"));
    type(By.id("editor:campos:1:k-nombre"), "tipo");
    type(By.id("editor:campos:1:k-etiqueta"), "Tipo de evento");
    select("editor:campos:1:k-tipo", "select");
    type(By.id("editor:campos:1:k-opciones"), "Kermés\nPosada\nOtro");
    click(By.cssSelector("[id='editor:campos:1:k-obl'] .ui-chkbox-box"));
    click(By.id("editor:agregar-campo"));
    type(By.id("editor:campos:2:k-nombre"), "otro");
    type(By.id("editor:campos:2:k-etiqueta"), "Describa el evento");
    click(By.cssSelector("[id='editor:campos:2:k-obl'] .ui-chkbox-box"));
    type(By.id("editor:campos:2:k-si"), "tipo");
    type(By.id("editor:campos:2:k-igual"), "Otro");
    type(By.id("editor:nota-version"), "Alta desde la consola");
    layout("02-editor-lleno");
    click(By.id("editor:guardar"));
    waitText(By.id("version"), "1");
    shot("03-editor-guardado");

    // 2. The citizen finds it in the public catalogue and files it.
    String email = CitizenAccountIT.unique("tramite");
    CitizenAccountIT.signUpAndVerify(email);
    citizenLogin(email);
    driver.get(Http.BASE + "/servicios/tramites.xhtml");
    type(By.id("catalogo:q"), "kermes vecinal");
    click(By.id("catalogo:buscar"));
    waitText(By.id("catalogo:lista"), "Permiso de prueba para kermés vecinal");
    layout("04-catalogo-busqueda");
    driver.get(Http.BASE + "/servicios/tramite.xhtml?c=" + code);
    waitText(By.id("tramite-costo"), "$350.00");
    shot("05-tramite-ficha");
    click(By.id("iniciar"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("solicitud:f-nombre")));
    assertThat(driver.findElement(By.id("solicitud:f-nombre")).getAttribute("value"))
        .isEqualTo("Ciudadana de Prueba");
    assertThat(driver.findElements(By.id("solicitud:f-otro"))).isEmpty();
    choose("solicitud:f-tipo", "Otro");
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("solicitud:f-otro")));
    } catch (org.openqa.selenium.TimeoutException e) {
      shot("fallo-otro");
      driver
          .manage()
          .logs()
          .get(LogType.BROWSER)
          .getAll()
          .forEach(x -> System.out.println("NAVEGADOR " + x.getMessage()));
      throw e;
    }
    click(By.id("solicitud:presentar"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#solicitud .cd-error-summary")));
    onceEach("solicitud");
    String errors = driver.findElement(By.id("solicitud")).getText();
    assertThat(errors)
        .contains("Describa el evento: es obligatorio")
        .contains("Croquis del lugar: adjunte el documento");
    layout("06-solicitud-errores");
    driver
        .findElement(
            By.cssSelector(
                "[id='solicitud:doc-croquis'] input[type=file], input[id='solicitud:doc-croquis_input']"))
        .sendKeys(pdf("croquis.pdf", "primera version").toString());
    waitText(By.id("solicitud:lista-croquis"), "croquis.pdf");
    type(By.id("solicitud:f-otro"), "Kermés con rifa");
    layout("07-solicitud-lista");
    click(By.id("solicitud:presentar"));
    wait.until(ExpectedConditions.urlContains("/mi/expediente.xhtml"));
    String folio =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("folio"))).getText();
    assertThat(folio).matches("TRA-\\d{4}-\\d{6}");
    assertThat(driver.findElement(By.id("estatus")).getText()).isEqualTo("Pendiente de pago");
    layout("08-expediente-por-pagar");

    // 3. She pays by card; the page shows the receipt once the gateway's signed notice arrived.
    click(By.id("pago:pagar-tarjeta"));
    wait.until(ExpectedConditions.urlContains("/checkout/"));
    click(By.xpath("//button[contains(., 'Pagar')]"));
    // back on the portal's payment page, which waits for the gateway's signed notice
    wait.until(ExpectedConditions.urlContains("/servicios/pago.xhtml?charge="));
    waitText(By.id("pago-estado"), "Pago recibido");
    shot("09a-pago-recibido");
    click(By.id("ver-tramite"));
    visible(By.id("pagado"));
    assertThat(driver.findElement(By.id("estatus")).getText()).isEqualTo("En revisión");
    assertThat(driver.findElement(By.id("plazo-explicacion")).getText())
        .contains("Plazo de 10 días hábiles")
        .contains("negativa ficta");
    Path receipt = download(By.id("pago:descargar-recibo"), ".pdf");
    assertThat(Files.readString(receipt, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF");
    layout("09-expediente-pagado");

    // 4. The clerk refuses the document (one error when no reason) and issues a prevención.
    login("capturista");
    driver.get(Http.BASE + "/consola/tramites/expediente.xhtml?folio=" + folio);
    click(By.cssSelector("[id$=':rechazar']"));
    waitText(By.id("revision"), "Diga por qué no se acepta el documento");
    layout("10-consola-expediente");
    type(By.id("revision:nota-revision"), "El croquis no indica las calles");
    click(By.cssSelector("[id$=':rechazar']"));
    waitText(By.cssSelector(".revision-estado"), "No aceptado");
    type(
        By.id("acciones:prevencion"),
        "Presente un croquis con las calles que rodean el lugar del evento.");
    click(By.id("acciones:prevenir"));
    waitText(By.id("estatus"), "Prevenido");
    assertThat(driver.findElement(By.id("plazo-explicacion")).getText())
        .contains("el plazo se suspende con")
        .contains("Para subsanar tiene hasta el");
    assertThat(driver.findElements(By.id("resolver:firmar"))).isEmpty(); // a clerk does not resolve
    shot("11-consola-prevenido");

    // 5. She answers with a new document: the term resumes with the days it had left.
    citizenLogin(email);
    driver.get(Http.BASE + "/mi/expediente.xhtml?folio=" + folio);
    waitText(By.id("prevencion-texto"), "croquis con las calles");
    choose("prevencion:requisito", "croquis");
    type(By.id("prevencion:respuesta"), "Adjunto el croquis con las calles.");
    driver
        .findElement(By.cssSelector("#prevencion input[type=file]"))
        .sendKeys(pdf("croquis-calles.pdf", "segunda version").toString());
    waitText(By.id("prevencion:adjuntos"), "croquis-calles.pdf");
    layout("12-respuesta-prevencion");
    click(By.id("prevencion:enviar-respuesta"));
    waitText(By.id("estatus"), "En revisión");
    assertThat(driver.findElement(By.id("plazo-explicacion")).getText())
        .contains("suspendido del")
        .contains("reanudado con");

    // 6. The supervisor accepts it and resolves; the signed PDF verifies by its QR page.
    login("supervisor");
    driver.get(Http.BASE + "/consola/tramites/expediente.xhtml?folio=" + folio);
    // the law allows one prevención: a second one is refused beside its field
    type(By.id("acciones:prevencion"), "Presente además el visto bueno de los vecinos.");
    click(By.id("acciones:prevenir"));
    waitText(By.id("acciones"), "ya fue prevenido una vez");
    click(By.cssSelector("[id$=':aceptar']"));
    wait.until(d -> d.findElement(By.id("revision")).getText().contains("Aceptado"));
    type(
        By.id("resolver:resolucion"),
        "Se autoriza la kermés el sábado de 10 a 18 h, sin cerrar la circulación.");
    click(By.id("resolver:firmar"));
    waitText(By.id("estatus"), "Resuelto");
    shot("13-consola-resuelto");
    Path resolution = download(By.id("resolucion-form:descargar-resolucion"), ".pdf");
    byte[] bytes = Files.readAllBytes(resolution);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    String pdfText = PdfText.of(bytes);
    assertThat(pdfText).contains(folio).contains("FAVORABLE").contains("Se autoriza la kermés");
    Matcher m =
        Pattern.compile(
                "(/servicios/verificar-resolucion\\.xhtml\\?folio=[A-Z0-9-]+&codigo=[0-9a-f]{16})")
            .matcher(pdfText.replaceAll("\\s+", ""));
    assertThat(m.find()).as(pdfText).isTrue();
    driver.get(Http.BASE + m.group(1));
    waitText(By.id("verificacion"), "Resolución auténtica");
    assertThat(driver.findElement(By.id("huella")).getText()).isEqualTo(sha);
    shot("14-verificacion");
    String wrong = m.group(1).replaceAll("codigo=[0-9a-f]{16}", "codigo=0000000000000000");
    driver.get(Http.BASE + wrong);
    waitText(By.id("verificacion"), "No existe una resolución");

    // 7. Another citizen gets 404 for her folio; an auditor reads without acting; a clerk cannot
    // reach the catalogue's editor.
    String other = CitizenAccountIT.unique("otra");
    CitizenAccountIT.signUpAndVerify(other);
    citizenLogin(other);
    var r = new Http().get("/mi/expediente.xhtml?folio=" + folio);
    assertThat(r.statusCode()).isNotEqualTo(200);
    driver.get(Http.BASE + "/mi/expediente.xhtml?folio=" + folio);
    assertThat(driver.findElements(By.id("folio"))).isEmpty();
    login("auditor");
    driver.get(Http.BASE + "/consola/tramites/expediente.xhtml?folio=" + folio);
    waitText(By.id("estatus"), "Resuelto");
    assertThat(driver.findElements(By.id("acciones:agregar-nota"))).isEmpty();
    login("capturista");
    driver.get(Http.BASE + "/consola/tramites/editar.xhtml?c=" + code);
    assertThat(driver.findElements(By.id("editor:guardar"))).isEmpty();

    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    assertThat(problems).isEmpty();
  }

  @Test
  void theCaseListIsPagedFilteredAndExported() throws Exception {
    login("supervisor");
    driver.get(Http.BASE + "/consola/tramites/expedientes.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lista-form:cases")));
    layout("20-expedientes");
    Path csv = download(By.id("lista-form:export-csv"), ".csv");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).contains("Folio").contains("Trámite").contains("Estado");
    Path xlsx = download(By.id("lista-form:export-xlsx"), ".xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Folio");
    }
    driver.get(Http.BASE + "/consola/tramites/catalogo.xhtml");
    waitText(By.id("catalogo-form:tramites"), "Licencia de funcionamiento");
    layout("21-catalogo-consola");
    Path cat = download(By.id("catalogo-form:export-csv"), ".csv");
    assertThat(Files.readAllLines(cat).size()).isGreaterThanOrEqualTo(26);
    assertThat(problems).isEmpty();
  }

  @Test
  void aCashierTakesAFeeAtTheCounterAndTheCaseStartsItsTerm() throws Exception {
    CitizenAccountIT.Citizen c = CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("caja"));
    Http http = new Http();
    String folio = TramitesIT.file(http, c, TramitesIT.fixedFeeProcedure());
    String cobro =
        Http.json(http.get("/api/v1/mi/solicitudes/" + folio, c.bearer()))
            .getJsonObject("cobro")
            .getString("folio");

    login("auditor");
    driver.get(Http.BASE + "/consola/cobros/cobros.xhtml");
    type(By.id("cobros-form:f-texto"), cobro);
    click(By.id("cobros-form:search"));
    waitText(By.id("cobros-form:cobros"), cobro);
    assertThat(driver.findElements(By.cssSelector("[id$=':cobrar']"))).isEmpty();

    login("finanzas");
    // the counter's cash goes into the cashier's session of the day: open it (or find it open)
    driver.get(Http.BASE + "/consola/predial/caja.xhtml");
    wait.until(
        d ->
            !d.findElements(By.id("open-form:open-session")).isEmpty()
                || !d.findElements(By.id("session-form:total-cash")).isEmpty());
    if (!driver.findElements(By.id("open-form:open-session")).isEmpty()) {
      driver.findElement(By.id("open-form:opening-cash_input")).sendKeys("500");
      driver.findElement(By.id("open-form:open-session")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-form:total-cash")));
    }
    java.math.BigDecimal cashBefore =
        money(driver.findElement(By.id("session-form:total-cash")).getText());
    int countBefore =
        Integer.parseInt(driver.findElement(By.id("session-form:payment-count")).getText().trim());
    driver.get(Http.BASE + "/consola/cobros/cobros.xhtml");
    type(By.id("cobros-form:f-texto"), cobro);
    click(By.id("cobros-form:search"));
    waitText(By.id("cobros-form:cobros"), cobro);
    layout("30-cobros-pendiente");
    click(By.cssSelector("[id$=':cobrar']"));
    click(By.id("cobros-form:confirmar-si"));
    waitText(By.cssSelector(".cobro-estado"), "Pagado");
    shot("31-cobros-pagado");
    Path pdf = download(By.cssSelector("[id$=':recibo']"), ".pdf");
    String text = PdfText.of(Files.readAllBytes(pdf));
    assertThat(text)
        .contains("Recibo oficial de pago")
        .contains(cobro)
        .contains("Caja municipal")
        .containsPattern("RCOB-\\d{4}-\\d{6}");
    Path csv = download(By.id("cobros-form:export-csv"), ".csv");
    assertThat(Files.readString(csv)).contains(cobro).contains("Caja municipal");
    // the cashier's cut counts it with predial's cash
    java.math.BigDecimal fee =
        new java.math.BigDecimal(
            Http.json(http.get("/api/v1/mi/solicitudes/" + folio, c.bearer()))
                .getJsonObject("cobro")
                .getString("amount"));
    driver.get(Http.BASE + "/consola/predial/caja.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-form:total-cash")));
    assertThat(money(driver.findElement(By.id("session-form:total-cash")).getText()))
        .isEqualByComparingTo(cashBefore.add(fee));
    assertThat(
            Integer.parseInt(
                driver.findElement(By.id("session-form:payment-count")).getText().trim()))
        .isEqualTo(countBefore + 1);
    // and its CFDI is stamped at the treasury's window, once
    driver.get(Http.BASE + "/consola/cobros/cobros.xhtml");
    type(By.id("cobros-form:f-texto"), cobro);
    click(By.id("cobros-form:search"));
    waitText(By.id("cobros-form:cobros"), cobro);
    click(By.cssSelector("[id$=':cfdi']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cfdi-form:stamp-cfdi")));
    layout("32-cobros-cfdi");
    click(By.id("cfdi-form:stamp-cfdi"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cfdi-form:cfdi-uuid")));
    assertThat(driver.findElement(By.id("cfdi-form:cfdi-uuid")).getText()).matches("[0-9A-F-]{36}");
    driver.get(Http.BASE + "/consola/cobros/cobros.xhtml");
    type(By.id("cobros-form:f-texto"), cobro);
    click(By.id("cobros-form:search"));
    waitText(By.id("cobros-form:cobros"), cobro);
    assertThat(driver.findElements(By.cssSelector("[id$=':cfdi']"))).isEmpty();
    Path xml = download(By.cssSelector("[id$=':cfdi-xml']"), ".xml");
    assertThat(Files.readString(xml)).contains("Serie=\"COB\"").contains("TimbreFiscalDigital");

    var theCase = Http.json(http.get("/api/v1/mi/solicitudes/" + folio, c.bearer()));
    assertThat(theCase.getString("status")).isEqualTo("EN_REVISION");
    assertThat(theCase.getJsonObject("cobro").getString("channel")).isEqualTo("CAJA");
    assertThat(problems).isEmpty();
  }

  @Test
  void aCitizenBooksACounterAppointmentAndTheOfficeSeesIt() throws Exception {
    String email = CitizenAccountIT.unique("cita");
    CitizenAccountIT.signUpAndVerify(email);
    citizenLogin(email);
    driver.get(Http.BASE + "/servicios/tramite.xhtml?c=dictamen-proteccion-civil");
    click(By.id("agendar"));
    wait.until(ExpectedConditions.urlContains("/mi/cita.xhtml"));
    visible(By.id("cita:dia"));
    // the second-to-last offered day: far from the other tests' bookings
    String day =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var o = document.querySelectorAll(\"[id='cita:dia_input'] option\"); return o[o.length - 2].value;");
    choose("cita:dia", day);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id='cita:horario'] input[type=radio]:not([disabled])")));
    click(By.cssSelector("[id='cita:horario'] .ui-radiobutton-box:not(.ui-state-disabled)"));
    layout("40-cita-elegir");
    click(By.id("cita:reservar"));
    waitText(By.id("messages"), "reservada");
    String folio = driver.findElement(By.cssSelector(".cita-folio")).getText();
    assertThat(folio).matches("CITA-\\d{4}-\\d{6}");
    assertThat(driver.findElement(By.cssSelector(".cita-estado")).getText()).isEqualTo("Reservada");
    shot("41-cita-reservada");

    login("capturista");
    driver.get(Http.BASE + "/consola/tramites/citas.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("citas-form:oficina")));
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.getWidgetById('citas-form:oficina').selectValue('desarrollo-urbano')");
    java.time.LocalDate d = java.time.LocalDate.parse(day);
    wait.until(
        drv -> {
          ((JavascriptExecutor) drv)
              .executeScript(
                  "PrimeFaces.getWidgetById('citas-form:dia').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
                  d.getYear(),
                  d.getMonthValue(),
                  d.getDayOfMonth());
          return drv.findElement(By.id("citas-form:dia_input"))
              .getAttribute("value")
              .equals(d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });
    click(By.id("citas-form:search"));
    waitText(By.id("citas-form:citas"), folio);
    layout("42-consola-citas");
    // a future appointment is recorded on its day, not before
    click(By.cssSelector("[id$=':no-asistio']"));
    waitText(By.id("growl_container"), "se registra ese día");
    Path csv = download(By.id("citas-form:export-csv"), ".csv");
    assertThat(Files.readString(csv)).contains(folio).contains("Reservada");
    assertThat(problems).isEmpty();
  }
}
