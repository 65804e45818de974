import java.io.BufferedWriter;
import java.math.BigDecimal;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nightly reconciliation benchmark (issue 4). Generates a realistic BBVA fixed-width file of N lines
 * (slips issued for demo predios, plus a share of every bad outcome), runs the job through the API
 * and times it, samples the server's RSS, then times LOAD DATA LOCAL INFILE of the same file into an
 * indexed staging table on the same database as the physical reference, and prints the ratio.
 *
 *   java [-Ddomain=ciudad-city] [-Dfile=F] -cp .payara/lib/mysql-connector-j-9.7.0.jar \
 *       bench/ReconciliationBench.java LINES [jdbcUrl] [dbUser] [dbPassword] [baseUrl] [serverPid] [chunkSize]
 *
 * With -DgenerateOnly=true it only issues the slips and writes the file (bench/kill-drill.sh); with
 * -Dfile=F it reconciles a file generated so before (its slips restored with the database).
 */
public class ReconciliationBench {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String session;

  public static void main(String[] a) throws Exception {
    int lines = Integer.parseInt(a[0]);
    String url = a.length > 1 ? a[1] : "jdbc:mysql://127.0.0.1:3306/ciudad_city?useSSL=false&allowPublicKeyRetrieval=true"
        + "&rewriteBatchedStatements=true&allowLoadLocalInfile=true";
    String user = a.length > 2 ? a[2] : "root";
    String pass = a.length > 3 ? a[3] : "";
    String base = a.length > 4 ? a[4] : "http://localhost:8080";
    String pid = a.length > 5 ? a[5] : null;
    String chunk = a.length > 6 ? a[6] : "500";
    Path file;
    String given = System.getProperty("file");
    if (given != null) { // a file generated before (-DgenerateOnly), its slips restored with the database
      file = Path.of(given);
    } else {
      file = Path.of(System.getProperty("java.io.tmpdir"), "bbva-bench-" + lines + "-" + System.currentTimeMillis() + ".txt");
      long t0 = System.nanoTime();
      try (Connection c = DriverManager.getConnection(url, user, pass)) {
        generate(c, lines, file);
      }
      System.out.printf("Archivo: %s (%d líneas, %.1f MB) generado en %.1f s%n", file, lines,
          Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
    }
    if (Boolean.getBoolean("generateOnly")) { // bench/kill-drill.sh: slips issued and file written, no run
      return;
    }
    // The job takes names in its landing folder (-Dlanding, default the domain's predial/entrada)
    // and archives what it reconciled: it runs a copy there.
    Path landing = Path.of(System.getProperty("landing", ".payara/payara6/glassfish/domains/"
        + System.getProperty("domain", "ciudad") + "/predial/entrada"));
    Files.createDirectories(landing);
    Path copy = landing.resolve("run-" + System.currentTimeMillis() + "-" + file.getFileName());
    Files.copy(file, copy);
    login(base);
    long start = System.nanoTime();
    long id = startJob(base, "{\"businessDate\":\"" + LocalDate.now() + "\",\"files\":\"" + copy.getFileName() + "\",\"chunkSize\":\"" + chunk + "\"}");
    long peakRss = 0;
    String status;
    String exit;
    while (true) {
      String e = get(base + "/api/v1/trabajos/ejecuciones/" + id);
      status = find(e, "\"batchStatus\":\"([A-Z]+)\"");
      exit = find(e, "\"exitStatus\":\"([^\"]*)\"");
      if (pid != null) {
        peakRss = Math.max(peakRss, rssKb(pid));
      }
      if (!status.startsWith("START")) {
        break;
      }
      Thread.sleep(1000);
    }
    double job = (System.nanoTime() - start) / 1e9;
    System.out.printf("Trabajo: %s %s en %.1f s = %.0f líneas/s; RSS máximo del servidor %s%n", status, exit, job,
        lines / job, pid == null ? "(sin pid)" : (peakRss / 1024) + " MB");
    double load;
    try (Connection c = DriverManager.getConnection(url, user, pass); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS BENCH_STAGING");
      s.execute("CREATE TABLE BENCH_STAGING (ID BIGINT AUTO_INCREMENT PRIMARY KEY, REFERENCIA VARCHAR(40),"
          + " AMOUNT DECIMAL(14,2), PAID_AT DATETIME, CHANNEL VARCHAR(4), AUTH VARCHAR(20), RAW VARCHAR(200),"
          + " INDEX IX_BENCH_REF (REFERENCIA))");
      long l0 = System.nanoTime();
      s.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE BENCH_STAGING FIELDS TERMINATED BY '\\t'"
          + " LINES TERMINATED BY '\\n' (@l) SET RAW = @l, REFERENCIA = TRIM(SUBSTRING(@l, 2, 20)),"
          + " AMOUNT = SUBSTRING(@l, 22, 13) / 100, PAID_AT = STR_TO_DATE(SUBSTRING(@l, 35, 14), '%Y%m%d%H%i%s'),"
          + " CHANNEL = SUBSTRING(@l, 49, 2), AUTH = TRIM(SUBSTRING(@l, 51, 10))");
      load = (System.nanoTime() - l0) / 1e9;
      s.execute("DROP TABLE BENCH_STAGING");
    }
    System.out.printf("LOAD DATA LOCAL INFILE (tabla indexada): %.2f s = %.0f líneas/s%n", load, lines / load);
    System.out.printf("Cociente conciliación / LOAD DATA: %.4f%n", (lines / job) / (lines / load));
  }

  /** Slips for demo predios that owe (one per line), plus every bad outcome in a small share. */
  static void generate(Connection c, int n, Path file) throws Exception {
    c.setAutoCommit(false);
    // SLIPS_PER_PREDIO open slips per predio that owes, each for an equal part of its debt, on
    // LINES / SLIPS_PER_PREDIO predios: at 100,000 and at 1,000,000 lines alike nearly every line
    // pays a distinct open slip (the same mix of outcomes at both sizes; the city data set has about
    // 120,000 predios that owe, too few for a million whole-debt slips).
    int perPredio = Integer.getInteger("slipsPerPredio", 9);
    int needed = (n + perPredio - 1) / perPredio;
    List<long[]> predios = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT PREDIO_ID,"
        + " SUM(ANNUAL_TAX - CREDITED_TAX) FROM PREDIAL_ANUALIDAD GROUP BY PREDIO_ID"
        + " HAVING SUM(ANNUAL_TAX - CREDITED_TAX) > 0 ORDER BY PREDIO_ID")) {
      while (rs.next() && predios.size() < needed) {
        long part = rs.getBigDecimal(2).movePointRight(2).longValue() / perPredio;
        if (part > 0) {
          predios.add(new long[] {rs.getLong(1), part});
        }
      }
    }
    if (predios.size() < needed) {
      throw new IllegalStateException(needed + " predios con adeudo necesarios, hay " + predios.size()
          + ": sube -DslipsPerPredio");
    }
    long first;
    try (Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT GEN_VALUE FROM ID_GEN WHERE GEN_NAME = 'PREDIAL_REFERENCIA' FOR UPDATE");
      rs.next();
      first = rs.getLong(1) + 1;
      s.executeUpdate("UPDATE ID_GEN SET GEN_VALUE = GEN_VALUE + " + n + " WHERE GEN_NAME = 'PREDIAL_REFERENCIA'");
    }
    LocalDate today = LocalDate.now();
    LocalDate until = today.plusDays(10);
    Random r = new Random(193);
    DateTimeFormatter exp = DateTimeFormatter.ofPattern("yyMMdd");
    BigDecimal total = BigDecimal.ZERO;
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO PREDIAL_REFERENCIA (ID, REFERENCIA, PREDIO_ID, BANK,"
        + " ALGORITHM, AMOUNT, STATEMENT_DATE, VALID_UNTIL, ISSUED_AT, ISSUED_BY, STATUS, VERSION)"
        + " VALUES (?,?,?,'BBVA','BBVA-00',?,?,?,NOW(),'bench','VIGENTE',1)");
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      w.write("HBBVA" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", (System.currentTimeMillis() / 1000) % 1000) + " ".repeat(64));
      w.newLine();
      String previous = null;
      for (int i = 0; i < n; i++) {
        long[] p = predios.get(i % predios.size());
        String baseRef = String.format("%010d", first + i) + until.format(exp);
        String ref = baseRef + luhn(baseRef);
        BigDecimal amount = BigDecimal.valueOf(p[1]).movePointLeft(2);
        ins.setLong(1, first + i);
        ins.setString(2, ref);
        ins.setLong(3, p[0]);
        ins.setBigDecimal(4, amount);
        ins.setObject(5, until);
        ins.setObject(6, until);
        ins.addBatch();
        if (i % 5000 == 4999) {
          ins.executeBatch();
          c.commit();
        }
        int roll = r.nextInt(100);
        LocalDateTime at = today.atTime(9 + r.nextInt(9), r.nextInt(60));
        String line;
        if (roll < 3 && previous != null) {
          line = previous; // DUPLICADO
        } else if (roll < 6) {
          line = "D" + "XX-ILEGIBLE" + " ".repeat(30); // MAL_FORMADA
          amount = null;
        } else if (roll < 9) {
          String unknown = String.format("%010d", 9_000_000_000L + i) + until.format(exp);
          line = detail(unknown + luhn(unknown), amount, at, i); // DESCONOCIDA
        } else if (roll < 12) {
          line = detail(ref, amount, until.plusDays(1).atTime(10, 0), i); // VENCIDA
        } else if (roll < 15) {
          amount = amount.subtract(new BigDecimal("1.00")).max(new BigDecimal("0.01"));
          line = detail(ref, amount, at, i); // PARCIAL
        } else if (roll < 18) {
          amount = amount.add(new BigDecimal("25.00"));
          line = detail(ref, amount, at, i); // SOBREPAGO
        } else {
          line = detail(ref, amount, at, i); // APLICADO (or SOBREPAGO when the predio repeats)
        }
        if (line.startsWith("D") && line.length() >= 34 && line.substring(21, 34).chars().allMatch(Character::isDigit)) {
          total = total.add(new BigDecimal(line.substring(21, 34)).movePointLeft(2));
        }
        previous = line;
        w.write(line);
        w.newLine();
      }
      ins.executeBatch();
      c.commit();
      w.write("T" + String.format("%08d", n) + String.format("%015d", total.movePointRight(2).longValueExact()) + " ".repeat(56));
      w.newLine();
    }
  }

  static String detail(String ref, BigDecimal amount, LocalDateTime at, int i) {
    return "D" + String.format("%-20s", ref) + String.format("%013d", amount.movePointRight(2).longValueExact())
        + at.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "VE" + String.format("%010d", i) + " ".repeat(20);
  }

  static int luhn(String base) {
    int sum = 0;
    for (int i = 0; i < base.length(); i++) {
      int d = base.charAt(base.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
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

  static long startJob(String base, String json) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/trabajos/predial-payment-reconciliation"))
        .header("Content-Type", "application/json").header("Cookie", "JSESSIONID=" + session)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return Long.parseLong(find(r.body(), "\"executionId\":(\\d+)"));
  }

  static void login(String base) throws Exception {
    get(base + "/consola/index.xhtml");
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
        .POST(HttpRequest.BodyPublishers.ofString("j_username=finanzas&j_password="
            + URLEncoder.encode("Demo.2026!", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    keep(r);
    for (int i = 0; i < 3 && r.statusCode() == 302; i++) {
      String loc = r.headers().firstValue("Location").orElseThrow();
      r = HTTP.send(HttpRequest.newBuilder(URI.create(loc)).header("Cookie", "JSESSIONID=" + session).GET().build(),
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
