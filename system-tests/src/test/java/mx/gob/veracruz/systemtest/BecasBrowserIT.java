package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A scholarship call from its definition to its money: a supervisor defines it in the console
 * (first an empty save: one error per field), a citizen applies on the portal after checking the
 * rules, others through the app; a clerk validates three and refuses one; the call is closed, one
 * supervisor proposes the ranking and another approves it; the published list shows no names; the
 * finance office generates the dispersion (the file's totals match the approved list), imports a
 * return file with one rejected CLABE (that payment stays pending), cannot import it twice, and a
 * resend of the same answers applies nothing again and a contradicting file is refused; after a
 * CLABE change the next dispersion pays only the pending one. Screens saved to
 * target/capturas/becas/.
 */
class BecasBrowserIT extends ConsoleSession {
  static final Path SHOTS = Path.of("target", "capturas", "becas");
  private final List<String> problems = new ArrayList<>();

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  private void click(By by) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
    js().executeScript("arguments[0].click()", e);
  }

  private void type(By by, String text) {
    WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    e.clear();
    e.sendKeys(text);
  }

  private void widget(String id, String script, Object... args) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    Object[] all = new Object[args.length + 1];
    all[0] = id;
    System.arraycopy(args, 0, all, 1, args.length);
    js().executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); " + script, all);
  }

  private void number(String id, Object value) {
    widget(id, "w.setValue(arguments[1]);", value);
  }

  private void select(String id, String value) {
    widget(id, "w.selectValue(arguments[1]);", value);
  }

  private void date(String id, LocalDate d) {
    widget(
        id,
        "w.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
        d.getYear(),
        d.getMonthValue(),
        d.getDayOfMonth());
  }

  private void confirmYes() {
    click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
  }

  private void shot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  private void layout(String name) throws Exception {
    shot(name);
    for (Object p : (List<?>) js().executeScript(FormLayoutBrowserIT.LAYOUT)) {
      problems.add(name + ": " + p);
    }
  }

  @SuppressWarnings("unchecked")
  private void onceEach(String form) {
    var r = (java.util.Map<String, Object>) js().executeScript(FormLayoutBrowserIT.ERRORS, form);
    if (((List<Object>) r.get("links")).isEmpty()) {
      problems.add(form + ": sin resumen de errores");
    }
    for (var fld : (List<java.util.Map<String, Object>>) r.get("fields")) {
      if (((Number) fld.get("errors")).intValue() > 1) {
        problems.add(form + ": " + fld.get("label") + " muestra su error más de una vez");
      }
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

  private void citizenLogin(String email) {
    driver.manage().deleteAllCookies();
    driver.get(Http.BASE + "/mi/index.xhtml");
    type(By.id("login-form:email"), email);
    type(By.id("login-form:password"), CitizenAccountIT.PASSWORD);
    click(By.id("login-form:login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-name")));
  }

  private void review(String folio, boolean valid) throws Exception {
    driver.get(Http.BASE + "/consola/becas/solicitud.xhtml?folio=" + folio);
    if (!valid) {
      type(By.id("sol:motivo"), "La boleta no corresponde al ciclo escolar anterior");
      click(By.id("sol:rechazar"));
      waitText(By.id("estatus"), "Rechazada");
    } else {
      click(By.id("sol:validar"));
      waitText(By.id("estatus"), "Documentos validados");
    }
  }

  private String apiApply(
      Http http,
      CitizenAccountIT.Citizen c,
      String call,
      String curp,
      String name,
      String avg,
      String income,
      int members,
      long colonia,
      String clabe)
      throws Exception {
    var r =
        http.postJson(
            "/api/v1/mi/becas",
            BecasData.application(
                call, curp, name, "PRIMARIA", avg, income, members, colonia, clabe, "boleta"),
            c.bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getString("folio");
  }

  private List<String[]> lines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
        .filter(l -> !l.isBlank())
        .map(l -> l.split("\\|", -1))
        .toList();
  }

  private Path returnFile(String dispersion, List<String[]> answers) throws Exception {
    StringBuilder b =
        new StringBuilder(
            "H|" + dispersion + "|" + LocalDate.now().toString().replace("-", "") + "\r\n");
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (String[] a : answers) {
      b.append("D|").append(String.join("|", a)).append("\r\n");
      total = total.add(new java.math.BigDecimal(a[2]));
    }
    b.append("T|").append(answers.size()).append("|").append(total.toPlainString()).append("\r\n");
    Path p = Files.createTempDirectory("retorno").resolve("retorno-" + UUID.randomUUID() + ".txt");
    Files.writeString(p, b.toString(), StandardCharsets.US_ASCII);
    return p;
  }

  private void importReturn(Path file) {
    driver
        .findElement(
            By.cssSelector(
                "[id='detalle:archivo'] input[type=file], input[id='detalle:archivo_input']"))
        .sendKeys(file.toString());
  }

  @Test
  void aCallIsDefinedAppliedToDecidedByTwoPeoplePublishedAndPaidOnce() throws Exception {
    String code = "prueba-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
    long colonia = BecasData.colonia();

    // 1. The supervisor defines the call: an empty save first (one error per field), then the call.
    login("supervisor");
    driver.get(Http.BASE + "/consola/becas/convocatoria.xhtml");
    click(By.id("conv:guardar"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conv .cd-error-summary")));
    onceEach("conv");
    layout("01-convocatoria-errores");
    type(By.id("conv:clave"), code);
    type(By.id("conv:ciclo"), "2026-2027");
    type(By.id("conv:nombre"), "Beca de prueba de aprovechamiento");
    type(
        By.id("conv:descripcion"),
        "Apoyo de prueba para estudiantes de primaria con buen promedio.");
    date("conv:abre", today);
    date("conv:cierra", today.plusDays(10));
    number("conv:monto", 1000);
    number("conv:pagos", 2);
    number("conv:lugares", 2);
    number("conv:presupuesto", 4000);
    number("conv:edad-min", 6);
    number("conv:edad-max", 15);
    number("conv:promedio-min", 8);
    number("conv:ingreso-max", 3500);
    click(By.cssSelector("[id='conv:niveles'] .ui-chkbox-box"));
    number("conv:criterios", 50);
    number("conv:peso-ingreso", 40);
    number("conv:peso-integrantes", 10);
    click(By.id("conv:agregar-doc"));
    type(By.id("conv:docs:0:d-clave"), "boleta");
    type(By.id("conv:docs:0:d-nombre"), "Boleta de calificaciones del ciclo anterior");
    layout("02-convocatoria-llena");
    click(By.id("conv:guardar"));
    waitText(By.id("estado-convocatoria"), "Borrador");
    click(By.id("comite:publicar"));
    waitText(By.id("estado-convocatoria"), "Publicada");
    layout("03-convocatoria-publicada");

    // 2. A citizen checks the rules and applies on the portal.
    CitizenAccountIT.Citizen ana =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.ana"));
    String anaCurp = BecasData.curp(2015, 3, 9);
    String anaClabe = BecasData.clabe();
    citizenLogin(ana.email());
    driver.get(Http.BASE + "/servicios/beca.xhtml?c=" + code);
    waitText(By.id("beca-estado"), "Recibiendo solicitudes");
    assertThat(driver.findElement(By.id("reglas")).getText())
        .contains("Edad de 6 a 15 años")
        .contains("Promedio mínimo de 8.0")
        .contains("$3,500.00 por persona");
    layout("04-portal-convocatoria");
    click(By.id("solicitar"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("beca:presentar")));
    click(By.id("beca:presentar"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#beca .cd-error-summary")));
    onceEach("beca");
    layout("05-solicitud-errores");
    type(By.id("beca:curp-alumno"), anaCurp);
    type(By.id("beca:nombre-alumno"), "Ana Sofía Martínez Luna");
    select("beca:nivel", "PRIMARIA");
    type(By.id("beca:escuela"), "Escuela Primaria Miguel Hidalgo");
    number("beca:promedio", "7.5");
    number("beca:ingreso", 9000);
    number("beca:integrantes", 5);
    select("beca:colonia", String.valueOf(colonia));
    type(By.id("beca:clabe"), anaClabe);
    click(By.id("beca:revisar"));
    waitText(By.id("elegible"), "No cumple");
    assertThat(driver.findElement(By.id("comprobaciones")).getText())
        .contains("Promedio: 7.5; el mínimo es 8.0");
    layout("06-solicitud-revision-no-cumple");
    number("beca:promedio", "9.6");
    click(By.id("beca:revisar"));
    waitText(By.id("elegible"), "Cumple los requisitos");
    driver
        .findElement(
            By.cssSelector(
                "[id='beca:doc-boleta'] input[type=file], input[id='beca:doc-boleta_input']"))
        .sendKeys(TramitesBrowserIT.pdf("boleta.pdf", "boleta ana").toString());
    waitText(By.id("beca:lista-boleta"), "boleta.pdf");
    layout("07-solicitud-lista");
    click(By.id("beca:presentar"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("folio")));
    String anaFolio = driver.findElement(By.id("folio")).getText();
    assertThat(anaFolio).matches("BEC-\\d{4}-\\d{6}");
    waitText(By.id("estatus"), "Presentada");
    layout("08-mi-solicitud");

    // Three more through the app: two eligible with lower scores, one to be refused.
    Http http = new Http();
    CitizenAccountIT.Citizen beto =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.beto"));
    CitizenAccountIT.Citizen caro =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.caro"));
    CitizenAccountIT.Citizen dani =
        CitizenAccountIT.signUpAndVerify(CitizenAccountIT.unique("beca.dani"));
    String betoClabe = BecasData.clabe();
    String betoFolio =
        apiApply(
            http,
            beto,
            code,
            BecasData.curp(2016, 7, 1),
            "Alberto Ruiz Soto",
            "9.4",
            "6000",
            4,
            colonia,
            betoClabe);
    String caroFolio =
        apiApply(
            http,
            caro,
            code,
            BecasData.curp(2014, 1, 20),
            "Carolina Gómez Díaz",
            "8.5",
            "9000",
            3,
            colonia,
            BecasData.clabe());
    String daniFolio =
        apiApply(
            http,
            dani,
            code,
            BecasData.curp(2013, 11, 5),
            "Daniel Pérez Ramos",
            "9.9",
            "3000",
            3,
            colonia,
            BecasData.clabe());

    // 3. The clerk validates three and refuses one; the list is exported.
    login("capturista");
    review(anaFolio, true);
    layout("09-consola-solicitud");
    review(betoFolio, true);
    review(caroFolio, true);
    review(daniFolio, false);
    driver.get(Http.BASE + "/consola/becas/solicitudes.xhtml?c=" + code);
    waitText(By.id("lista-form:solicitudes"), anaFolio);
    layout("10-consola-solicitudes");
    Path csv = download(By.id("lista-form:export-csv"), ".csv");
    String csvText = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(csvText)
        .contains(anaFolio, betoFolio, caroFolio, daniFolio, "Documentos validados", "Rechazada");

    // 4. The committee: the supervisor closes and proposes; she cannot approve her own proposal.
    login("supervisor");
    driver.get(Http.BASE + "/consola/becas/convocatoria.xhtml?c=" + code);
    click(By.id("comite:cerrar"));
    confirmYes();
    waitText(By.id("estado-convocatoria"), "Cerrada");
    type(By.id("comite:nota-dictamen"), "Prelación conforme a las reglas de la convocatoria");
    click(By.id("comite:proponer"));
    waitText(By.id("estado-convocatoria"), "Dictamen propuesto");
    assertThat(driver.findElements(By.id("comite:aprobar"))).isEmpty();
    assertThat(driver.findElement(By.id("comite:espera-segundo")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("comite:ranking")).getText())
        .contains(anaFolio, betoFolio, caroFolio)
        .doesNotContain(daniFolio);
    layout("11-comite-propuesta");
    // Another supervisor approves: the results are published.
    login("supervisor.obras");
    driver.get(Http.BASE + "/consola/becas/convocatoria.xhtml?c=" + code);
    type(By.id("comite:nota-dictamen"), "Revisado y conforme con la prelación propuesta");
    click(By.id("comite:aprobar"));
    confirmYes();
    waitText(By.id("estado-convocatoria"), "Resultados publicados");
    assertThat(driver.findElement(By.id("dictamen-firmas")).getText())
        .contains("supervisor")
        .contains("supervisor.obras");
    layout("12-comite-dictamen");

    // 5. The published list: ranks and folios, no names or CURPs.
    driver.manage().deleteAllCookies();
    driver.get(Http.BASE + "/servicios/beca.xhtml?c=" + code);
    waitText(By.id("lista-resultados"), anaFolio);
    String results = driver.findElement(By.id("lista-resultados")).getText();
    assertThat(results).contains(anaFolio, betoFolio, caroFolio).doesNotContain(daniFolio);
    assertThat(driver.getPageSource()).doesNotContain("Martínez", "Ruiz", "Gómez", anaCurp);
    layout("13-portal-resultados");
    JsonObject[] ranked =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    http.get("/api/v1/becas/convocatorias/" + code + "/resultados").body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .toArray(new JsonObject[0]);
    assertThat(ranked).hasSize(3);
    assertThat(ranked[0].getString("folio")).isEqualTo(anaFolio);
    assertThat(ranked[1].getString("folio")).isEqualTo(betoFolio);
    assertThat(ranked[2].getString("result")).isEqualTo("Lista de espera");
    assertThat(ranked[0].containsKey("initials")).isFalse();

    // 6. Finance generates the first payment's dispersion: its file's totals are the approved
    // list's.
    login("finanzas");
    driver.get(Http.BASE + "/consola/becas/dispersiones.xhtml");
    select("nueva:convocatoria", code);
    number("nueva:periodo", 1);
    click(By.id("nueva:generar"));
    waitText(By.id("detalle-estado"), "Archivo listo para el banco");
    waitText(By.id("estado-trabajo"), "Terminado");
    String dispersion = driver.findElement(By.id("detalle-folio")).getText();
    assertThat(driver.findElement(By.id("detalle-ordenes")).getText()).isEqualTo("2");
    assertThat(driver.findElement(By.id("detalle-total")).getText()).isEqualTo("$2,000.00");
    layout("14-dispersion-generada");
    Path file = download(By.id("detalle:descargar"), ".txt");
    List<String[]> rows = lines(file);
    assertThat(rows.get(0)[0]).isEqualTo("H");
    assertThat(rows.get(0)[1]).isEqualTo(dispersion);
    List<String[]> details = rows.stream().filter(r -> r[0].equals("D")).toList();
    String[] trailer = rows.get(rows.size() - 1);
    assertThat(trailer[0]).isEqualTo("T");
    assertThat(details).hasSize(2);
    assertThat(Integer.parseInt(trailer[1])).isEqualTo(details.size());
    assertThat(new java.math.BigDecimal(trailer[2]))
        .isEqualByComparingTo(
            details.stream()
                .map(d -> new java.math.BigDecimal(d[3]))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
        .isEqualByComparingTo("2000.00");
    assertThat(details.stream().map(d -> d[2])).containsExactlyInAnyOrder(anaClabe, betoClabe);
    String anaOrder =
        details.stream().filter(d -> d[2].equals(anaClabe)).findFirst().orElseThrow()[1];
    String betoOrder =
        details.stream().filter(d -> d[2].equals(betoClabe)).findFirst().orElseThrow()[1];

    // 7. The bank answers: Ana paid, Beto's CLABE rejected (his payment stays pending).
    Path ret =
        returnFile(
            dispersion,
            List.of(
                new String[] {anaOrder, anaClabe, "1000.00", "00", "Abonada"},
                new String[] {betoOrder, betoClabe, "1000.00", "02", "Cuenta inexistente"}));
    importReturn(ret);
    waitText(By.id("r-abonadas"), "1");
    assertThat(driver.findElement(By.id("r-rechazadas")).getText()).isEqualTo("1");
    waitText(By.id("detalle-estado"), "Conciliada");
    layout("15-retorno-aplicado");
    Path ordersCsv = download(By.id("detalle:ordenes-export-csv"), ".csv");
    assertThat(Files.readString(ordersCsv, StandardCharsets.UTF_8))
        .contains(anaOrder, betoOrder, "Abonada", "02 Cuenta inexistente");
    // The same file again: refused, nothing changes.
    importReturn(ret);
    waitText(By.cssSelector("#detalle .cd-error-summary, #growl_container"), "ya se importó");
    // The same answers in another file (a resend): nothing is applied twice.
    Path again =
        returnFile(
            dispersion,
            List.of(
                new String[] {anaOrder, anaClabe, "1000.00", "00", "Abonada (reenvio)"},
                new String[] {
                  betoOrder, betoClabe, "1000.00", "02", "Cuenta inexistente (reenvio)"
                }));
    importReturn(again);
    waitText(By.id("r-duplicadas"), "2");
    assertThat(driver.findElement(By.id("r-abonadas")).getText()).isEqualTo("0");
    assertThat(driver.findElement(By.id("detalle-abonadas")).getText()).isEqualTo("1");
    assertThat(driver.findElement(By.id("detalle-rechazadas")).getText()).isEqualTo("1");
    layout("15b-retorno-tardio");
    // A file that contradicts an answer (Beto "paid" after "rejected") is refused whole.
    Path contradicts =
        returnFile(
            dispersion,
            List.<String[]>of(new String[] {betoOrder, betoClabe, "1000.00", "00", "Abonada"}));
    importReturn(contradicts);
    waitText(
        By.cssSelector("#detalle .cd-error-summary, #growl_container"), "aclárelo con el banco");
    assertThat(driver.findElement(By.id("detalle-abonadas")).getText()).isEqualTo("1");
    JsonObject anaView = Http.json(http.get("/api/v1/mi/becas/" + anaFolio, ana.bearer()));
    assertThat(anaView.getJsonArray("payments").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("period") + ":" + p.getString("status"))
        .containsExactly("1:PAGADO");
    assertThat(anaView.getString("paidTotal")).isEqualTo("1000.00");
    JsonObject betoView = Http.json(http.get("/api/v1/mi/becas/" + betoFolio, beto.bearer()));
    assertThat(betoView.getJsonArray("payments").getValuesAs(JsonObject.class))
        .extracting(p -> p.getInt("period") + ":" + p.getString("status"))
        .containsExactly("1:PENDIENTE");
    assertThat(betoView.getString("paidTotal")).isEqualTo("0.00");
    // Beto sees why, on his page.
    citizenLogin(beto.email());
    driver.get(Http.BASE + "/mi/beca-solicitud.xhtml?folio=" + betoFolio);
    waitText(By.id("mi-beca:pagos"), "Cuenta inexistente");
    layout("15c-mi-pago-rechazado");

    // 8. Beto asks for a new CLABE; the clerk approves it; the next dispersion pays only him.
    String betoNew = BecasData.clabe();
    var change =
        http.postJson(
            "/api/v1/mi/becas/" + betoFolio + "/cambio-clabe",
            "{\"clabe\":\"" + betoNew + "\",\"motivo\":\"El banco rechazó mi cuenta anterior\"}",
            beto.bearer());
    assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
    login("capturista");
    driver.get(Http.BASE + "/consola/becas/solicitud.xhtml?folio=" + betoFolio);
    click(By.cssSelector("[id$=':aprobar-cambio']"));
    waitText(By.id("sol:cambios"), "Aprobado");
    layout("16-cambio-clabe");
    login("finanzas");
    driver.get(Http.BASE + "/consola/becas/dispersiones.xhtml");
    select("nueva:convocatoria", code);
    number("nueva:periodo", 1);
    click(By.id("nueva:generar"));
    waitText(By.id("detalle-estado"), "Archivo listo para el banco");
    String second = driver.findElement(By.id("detalle-folio")).getText();
    assertThat(second).isNotEqualTo(dispersion);
    assertThat(driver.findElement(By.id("detalle-ordenes")).getText()).isEqualTo("1");
    List<String[]> secondRows = lines(download(By.id("detalle:descargar"), ".txt"));
    List<String[]> secondDetails = secondRows.stream().filter(r -> r[0].equals("D")).toList();
    assertThat(secondDetails).hasSize(1);
    assertThat(secondDetails.get(0)[2]).isEqualTo(betoNew);
    assertThat(
            Http.json(http.get("/api/v1/mi/becas/" + anaFolio, ana.bearer()))
                .getString("paidTotal"))
        .isEqualTo("1000.00");

    // 9. The second payment through the finance API, the job killed after the first beneficiary
    //    (chunks of one) and restarted: each order written once, the file's totals the list's.
    Http finance = new Http().login("finanzas", "Demo.2026!");
    var prepared =
        finance.postJson(
            "/api/v1/becas/dispersiones", "{\"convocatoria\":\"" + code + "\",\"pago\":2}");
    assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(201);
    String third = Http.json(prepared).getString("folio");
    JsonObject failed =
        PredialAssessmentJobIT.run(
            finance,
            "/api/v1/trabajos/becas-dispersion",
            "{\"dispersion\":\"" + third + "\",\"chunkSize\":\"1\",\"failAfterItems\":\"1\"}");
    assertThat(failed.getString("batchStatus")).isEqualTo("FAILED");
    assertThat(Http.json(finance.get("/api/v1/becas/dispersiones/" + third)).getInt("orders"))
        .isEqualTo(1);
    JsonObject restarted =
        PredialAssessmentJobIT.run(
            finance,
            "/api/v1/trabajos/ejecuciones/" + failed.getJsonNumber("executionId") + "/reinicio",
            "{\"failAfterItems\":\"0\"}");
    assertThat(restarted.getString("batchStatus")).isEqualTo("COMPLETED");
    assertThat(restarted.getString("exitStatus")).isEqualTo("ORDENES=2 TOTAL=2000.00");
    JsonObject thirdView = Http.json(finance.get("/api/v1/becas/dispersiones/" + third));
    assertThat(thirdView.getInt("orders")).isEqualTo(2);
    assertThat(thirdView.getString("total")).isEqualTo("2000.00");
    String thirdFile = finance.get("/api/v1/becas/dispersiones/" + third + "/archivo").body();
    List<String> thirdDetails = thirdFile.lines().filter(l -> l.startsWith("D|")).toList();
    assertThat(thirdDetails).hasSize(2);
    assertThat(thirdDetails.stream().map(l -> l.split("\\|")[2]))
        .containsExactlyInAnyOrder(anaClabe, betoNew);
    assertThat(thirdFile.lines().filter(l -> l.startsWith("T|"))).containsExactly("T|2|2000.00");
    // the same payment again: nobody is owed it any more while it waits for the bank
    var fourth =
        finance.postJson(
            "/api/v1/becas/dispersiones", "{\"convocatoria\":\"" + code + "\",\"pago\":2}");
    String fourthFolio = Http.json(fourth).getString("folio");
    JsonObject empty =
        PredialAssessmentJobIT.run(
            finance,
            "/api/v1/trabajos/becas-dispersion",
            "{\"dispersion\":\"" + fourthFolio + "\"}");
    assertThat(empty.getString("exitStatus")).isEqualTo("ORDENES=0 TOTAL=0.00");
    // a clerk may not prepare one, nor take the file
    Http clerk = new Http().login("capturista", "Demo.2026!");
    assertThat(
            clerk
                .postJson(
                    "/api/v1/becas/dispersiones", "{\"convocatoria\":\"" + code + "\",\"pago\":1}")
                .statusCode())
        .isEqualTo(403);
    assertThat(clerk.get("/api/v1/becas/dispersiones/" + third + "/archivo").statusCode())
        .isEqualTo(403);

    // AUDITOR reads the dispersions but has no action.
    login("auditor");
    driver.get(Http.BASE + "/consola/becas/dispersiones.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lista:dispersiones")));
    assertThat(driver.findElements(By.id("nueva:generar"))).isEmpty();
    layout("17-auditor-dispersiones");

    assertThat(problems).isEmpty();
  }
}
