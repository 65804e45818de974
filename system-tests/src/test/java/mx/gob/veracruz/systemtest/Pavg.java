package mx.gob.veracruz.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PAVG test helpers: reports with canary strings, the case id behind a folio, dumps and logs. */
final class Pavg {
  private Pavg() {}

  /** A filed report: its folio, code and PIN, and the canary planted in each field. */
  record Filed(String folio, String code, String pin, Map<String, String> canaries) {}

  static String token() {
    byte[] b = new byte[5];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * Files a report by the API with a distinct canary in every free-text and identifying field (and
   * immediate danger, so the on-duty specialist, pavg.ana in the demo, gets it).
   */
  static Filed fileWithCanaries(boolean danger) throws Exception {
    String t = token();
    Map<String, String> c = new LinkedHashMap<>();
    c.put("lugar", "CanarioLugar" + t);
    c.put("relato", "CanarioRelato" + t + " me amenazó en la casa");
    c.put("nombre", "CanarioNombre" + t);
    c.put("nombreAfectada", "CanarioAfectada" + t);
    c.put(
        "telefono",
        "22"
            + String.valueOf(Long.parseLong(t.substring(0, 8), 16) % 100_000_000L + 100_000_000L)
                .substring(1));
    c.put("correo", "canariocorreo" + t + "@ejemplo.mx");
    c.put("horarioContacto", "CanarioHorario" + t);
    c.put("palabraSeguridad", "CanarioPalabra" + t);
    c.put("personaAgresora", "CanarioAgresor" + t);
    StringBuilder json =
        new StringBuilder("{\"sobre\":\"TERCERA\",\"tipos\":[\"FISICA\",\"PSICOLOGICA\"],");
    json.append("\"peligroInmediato\":").append(danger).append(",\"canalContacto\":\"LLAMADA\"");
    c.forEach((k, v) -> json.append(",\"").append(k).append("\":\"").append(v).append('"'));
    json.append('}');
    HttpResponse<String> r = new Http().postJson("/api/v1/pavg/reportes", json.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonObject o = Http.json(r);
    return new Filed(o.getString("folio"), o.getString("codigo"), o.getString("nip"), c);
  }

  /** The case id of a folio, from the queue page of a signed-in PAVG user (null: not listed). */
  static Long caseId(Http http, String folio) throws Exception {
    String html = http.get("/consola/pavg/bandeja.xhtml").body();
    for (String row : html.split("<tr")) {
      if (row.contains(">" + folio + "<")) {
        Matcher m = Pattern.compile("caso\\.xhtml\\?id=(\\d+)").matcher(row);
        if (m.find()) {
          return Long.valueOf(m.group(1));
        }
      }
    }
    return null;
  }

  static Path domainDir() {
    return Path.of(System.getProperty("it.root", "."))
        .resolve(".payara/payara6/glassfish/domains")
        .resolve(System.getProperty("it.domain", "ciudad-it-sys"));
  }

  static String serverLog() throws Exception {
    StringBuilder s = new StringBuilder();
    try (var files = Files.list(domainDir().resolve("logs"))) {
      for (Path p :
          files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
        s.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return s.toString();
  }

  /**
   * Everything the database holds, as text: {@code mysqldump} of the domain's database on MariaDB,
   * the raw database file on H2.
   */
  static String databaseDump() throws Exception {
    if ("mysql".equals(System.getProperty("it.db"))) {
      String db = System.getProperty("it.domain", "ciudad-it-sys").replace('-', '_');
      Process p =
          new ProcessBuilder(
                  "mysqldump",
                  "-h127.0.0.1",
                  "-uroot",
                  "--single-transaction",
                  "--skip-extended-insert",
                  db)
              .redirectErrorStream(false)
              .start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      p.getInputStream().transferTo(out);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("mysqldump").isZero();
      String dump = out.toString(StandardCharsets.UTF_8);
      assertThat(dump).contains("PAVG_CASE");
      return dump;
    }
    Path file = domainDir().resolve("lib/databases/veracruz.mv.db");
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }
}
