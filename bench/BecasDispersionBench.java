import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scholarship dispersion job (issue 13) on N beneficiaries: seeds a decided call with N
 * beneficiaries straight into the database (ids from 900,000,000, folios BENCH-…), prepares the
 * dispersion of its first payment through the finance API, runs the job and times it, samples the
 * server's RSS, and checks that the bank file has N orders whose total is N × the amount.
 *
 *   java -cp .payara/lib/mysql-connector-j-9.7.0.jar bench/BecasDispersionBench.java \
 *       N [jdbcUrl] [dbUser] [dbPassword] [baseUrl] [serverPid] [chunkSize]
 */
public class BecasDispersionBench {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String session;

  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]);
    String url = a.length > 1 ? a[1] : "jdbc:mysql://127.0.0.1:3306/ciudad_dev?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
    String user = a.length > 2 ? a[2] : "root";
    String pass = a.length > 3 ? a[3] : "";
    String base = a.length > 4 ? a[4] : "http://localhost:8080";
    String pid = a.length > 5 ? a[5] : null;
    String chunk = a.length > 6 ? a[6] : "500";
    String code = "bench-" + System.currentTimeMillis();
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, pass)) {
      seed(c, code, n);
    }
    System.out.printf("Convocatoria %s con %d beneficiarias sembrada en %.1f s%n", code, n, (System.nanoTime() - t0) / 1e9);
    login(base);
    String prepared = post(base + "/api/v1/becas/dispersiones", "{\"convocatoria\":\"" + code + "\",\"pago\":1}", 201);
    String folio = find(prepared, "\"folio\":\"([^\"]+)\"");
    long start = System.nanoTime();
    String started = post(base + "/api/v1/trabajos/becas-dispersion", "{\"dispersion\":\"" + folio + "\",\"chunkSize\":\"" + chunk + "\"}", 201);
    long id = Long.parseLong(find(started, "\"executionId\":(\\d+)"));
    long peak = 0;
    String status;
    String exit;
    while (true) {
      String e = get(base + "/api/v1/trabajos/ejecuciones/" + id);
      status = find(e, "\"batchStatus\":\"([A-Z]+)\"");
      exit = find(e, "\"exitStatus\":\"([^\"]*)\"");
      if (pid != null) {
        peak = Math.max(peak, rssKb(pid));
      }
      if (!status.startsWith("START")) {
        break;
      }
      Thread.sleep(250);
    }
    double secs = (System.nanoTime() - start) / 1e9;
    String file = get(base + "/api/v1/becas/dispersiones/" + folio + "/archivo");
    long details = file.lines().filter(l -> l.startsWith("D|")).count();
    String trailer = file.lines().filter(l -> l.startsWith("T|")).findFirst().orElse("");
    System.out.printf("Trabajo: %s %s en %.1f s = %.0f órdenes/s (chunk %s); RSS máximo del servidor %s%n", status, exit, secs,
        n / secs, chunk, pid == null ? "(sin pid)" : (peak / 1024) + " MB");
    System.out.printf("Archivo: %d bytes, %d detalles, trailer %s (esperado T|%d|%d.00)%n", file.length(), details, trailer, n, n * 1000L);
  }

  static void seed(Connection c, String code, int n) throws Exception {
    c.setAutoCommit(false);
    long callId = 900_000_000L + (System.currentTimeMillis() % 1_000_000L) * 1000;
    LocalDate today = LocalDate.now();
    String rules = "{\"niveles\":[\"PRIMARIA\"],\"residencia\":false,\"criterios\":[{\"clave\":\"promedio\",\"peso\":100}],\"documentos\":[],\"publicacion\":\"FOLIO\"}";
    try (PreparedStatement p = c.prepareStatement("INSERT INTO BECA_CONVOCATORIA (ID, CODE, NAME, CYCLE, DESCRIPTION, RULES, OPENS_ON, CLOSES_ON, BUDGET, PLACES, AMOUNT, PAYMENTS, STATUS, UPDATED_AT, UPDATED_BY, VERSION) VALUES (?, ?, ?, '2026-2027', 'Banco de pruebas', ?, ?, ?, ?, ?, 1000.00, 1, 'DICTAMINADA', NOW(), 'bench', 1)")) {
      p.setLong(1, callId);
      p.setString(2, code);
      p.setString(3, "Banco de pruebas " + code);
      p.setString(4, rules);
      p.setObject(5, today.minusDays(30));
      p.setObject(6, today.minusDays(1));
      p.setLong(7, 1000L * n);
      p.setInt(8, n);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO BECA_SOLICITUD (ID, FOLIO, CONVOCATORIA_ID, CUENTA_ID, CURP, ACTIVE_KEY, STUDENT_NAME, APPLICANT_NAME, BIRTH_DATE, SCHOOL_LEVEL, SCHOOL_NAME, GRADE_AVERAGE, HOUSEHOLD_INCOME, HOUSEHOLD_MEMBERS, RESIDENT, CLABE, STATUS, ELIGIBILITY, SCORE, RANK_NO, PROPOSED, FILED_AT, UPDATED_AT, VERSION) VALUES (?, ?, ?, 1, ?, NULL, ?, 'Banco de pruebas', '2014-01-01', 'PRIMARIA', 'Escuela', 9.00, 1000.00, 3, FALSE, '002000000000000008', 'BENEFICIARIA', 'banco de pruebas', 50.000, ?, TRUE, NOW(), NOW(), 1)")) {
      for (int i = 1; i <= n; i++) {
        p.setLong(1, callId + i);
        p.setString(2, "BENCH-" + (callId % 1_000_000_000L) + "-" + i);
        p.setLong(3, callId);
        p.setString(4, String.format("BNCH%014d", i));
        p.setString(5, "Beneficiaria de prueba " + i);
        p.setInt(6, i);
        p.addBatch();
        if (i % 1000 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
    c.commit();
  }

  static long rssKb(String pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      return 0;
    }
    return 0;
  }

  static String post(String url, String json, int expected) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("Cookie", "JSESSIONID=" + session).POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static void login(String base) throws Exception {
    get(base + "/consola/index.xhtml");
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
        .POST(HttpRequest.BodyPublishers.ofString("j_username=finanzas&j_password=" + URLEncoder.encode("Demo.2026!", StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    keep(r);
    for (int i = 0; i < 3 && r.statusCode() == 302; i++) {
      r = HTTP.send(HttpRequest.newBuilder(URI.create(r.headers().firstValue("Location").orElseThrow())).header("Cookie", "JSESSIONID=" + session).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      keep(r);
    }
  }

  static String get(String url) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (session != null) {
      b.header("Cookie", "JSESSIONID=" + session);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    keep(r);
    return r.body();
  }

  static void keep(HttpResponse<?> r) {
    r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .ifPresent(c -> session = c.substring(11, c.indexOf(';')));
  }

  static String find(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    return m.find() ? m.group(1) : null;
  }
}
