import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KPI job at city size (issue 10), on MariaDB, side by side with a hand-written SQL baseline in
 * the same run and on the same data:
 *
 * <ol>
 *   <li>the job {@code kpi-daily-aggregation} over a range of days, started through the API, its
 *       wall time, and the application server's heap sampled with {@code jstat} while it runs;
 *   <li>the baseline: one {@code INSERT … SELECT … GROUP BY day, key} per indicator and dimension
 *       over the whole range (a days table only for the stocks), into a scratch table;
 *   <li>every baseline figure compared with the job's (the bench fails on any difference).
 * </ol>
 *
 *   java -cp ~/.m2/repository/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar \
 *     bench/KpiBench.java http://localhost:24080 jdbc:mysql://127.0.0.1:3306/ciudad_city ciudad ciudad-ci \
 *     2026-09-01 2026-11-30 $(pgrep -f 'domains/ciudad-city' | head -1)
 *
 * Size MariaDB's buffer pool for the data set, as production would ({@code SET GLOBAL
 * innodb_buffer_pool_size = 4294967296} for 1,000,000 reports and payments, about 2 GB of tables
 * and indexes): with the default 128 MB the job's per-day index lookups wait on the disk (measured:
 * 160 s against 96 s) while the baseline's scans read sequentially. Run it twice; the second run
 * reads a warm cache for both.
 *
 * The city is at UTC−6 all year since October 2022 (the data sets start later), which the baseline's
 * day expressions assume; the job uses the time zone's rules.
 */
public class KpiBench {
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
  static String session;
  static final String DAY_MS = "DATE(FROM_UNIXTIME(FLOOR(%s / 1000)) - INTERVAL 6 HOUR)";
  static final String DAY_TS = "DATE(%s - INTERVAL 6 HOUR)";
  static final String[] SIRC_DIMS = {"TOTAL", "SERVICIO", "DEPENDENCIA", "CANAL", "COLONIA"};
  static final String[] BY_SERVICE = {"TOTAL", "SERVICIO", "DEPENDENCIA"};

  public static void main(String[] a) throws Exception {
    String base = a[0], url = a[1], user = a[2], pass = a[3];
    LocalDate from = LocalDate.parse(a[4]), to = LocalDate.parse(a[5]);
    String pid = a.length > 6 ? a[6] : null;
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    try (Connection c = DriverManager.getConnection(url + "?rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", user, pass)) {
      long reports = one(c, "SELECT COUNT(*) FROM SIRC_REPORT"), payments = one(c, "SELECT COUNT(*) FROM PREDIAL_PAGO");
      System.out.printf("Datos: %,d reportes, %,d pagos, %,d predios; periodo %s a %s (%d días)%n", reports, payments, one(c, "SELECT COUNT(*) FROM PREDIO"), from, to, days);

      // 1. the job, with the server's heap sampled every 200 ms
      login(base, "admin");
      Sampler sampler = pid == null ? null : new Sampler(pid);
      if (sampler != null) sampler.start();
      long t0 = System.nanoTime();
      long id = start(base, "{\"fromDate\":\"" + from + "\",\"businessDate\":\"" + to + "\"}");
      String status = waitFor(base, id);
      double job = (System.nanoTime() - t0) / 1e9;
      if (sampler != null) sampler.stop();
      System.out.printf("Trabajo kpi-daily-aggregation (ejecución %d, %s): %.1f s, %.2f s por día%n", id, status, job, job / days);
      if (sampler != null) {
        System.out.printf("  Memoria del servidor durante el trabajo: montículo usado máx. %,d MB, generación vieja máx. %,d MB (antes: %,d MB)%n",
            sampler.maxUsed.get() / 1024, sampler.maxOld.get() / 1024, sampler.firstOld / 1024);
      }

      // 2. the hand-written baseline
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION time_zone = '+00:00'");
        s.execute("SET SESSION max_recursive_iterations = 100000");
        s.execute("DROP TABLE IF EXISTS KPI_BENCH_FACT");
        s.execute("CREATE TABLE KPI_BENCH_FACT LIKE KPI_FACT");
      }
      long F = from.atStartOfDay(ZoneId.of("America/Mexico_City")).toInstant().toEpochMilli();
      long T = to.plusDays(1).atStartOfDay(ZoneId.of("America/Mexico_City")).toInstant().toEpochMilli();
      List<String[]> sql = baseline();
      long t1 = System.nanoTime();
      for (String[] q : sql) {
        String full = "INSERT INTO KPI_BENCH_FACT (FACT_DATE, INDICATOR, DIMENSION, DIM_KEY, VALUE_NUM, COMPUTED_AT_MS) SELECT q.D, '"
            + q[0] + "', '" + q[1] + "', q.K, q.V, 0 FROM (" + q[2] + ") q";
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(full);
        while (m.find()) names.add(m.group(1));
        long tq = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(m.replaceAll("?"))) {
          for (int i = 0; i < names.size(); i++) {
            switch (names.get(i)) {
              case "F" -> ps.setLong(i + 1, F);
              case "T" -> ps.setLong(i + 1, T);
              case "FD" -> ps.setObject(i + 1, from);
              case "TD" -> ps.setObject(i + 1, to);
              case "FT" -> ps.setTimestamp(i + 1, new java.sql.Timestamp(F));
              default -> ps.setTimestamp(i + 1, new java.sql.Timestamp(T));
            }
          }
          ps.executeUpdate();
        }
        if (System.getenv("KPI_BENCH_VERBOSE") != null) System.out.printf("  %-28s %-12s %.2f s%n", q[0], q[1], (System.nanoTime() - tq) / 1e9);
      }
      double hand = (System.nanoTime() - t1) / 1e9;
      System.out.printf("SQL escrito a mano (%d sentencias INSERT … SELECT … GROUP BY día): %.1f s%n", sql.size(), hand);
      System.out.printf("Razón trabajo / SQL a mano: %.2f× (meta ≤ 1.5×)%n", job / hand);

      // 3. the same figures
      Map<String, BigDecimal> mine = facts(c, "KPI_FACT", from, to), theirs = facts(c, "KPI_BENCH_FACT", from, to);
      int diff = 0;
      java.util.Set<String> keys = new java.util.TreeSet<>(mine.keySet());
      keys.addAll(theirs.keySet());
      for (String k : keys) {
        BigDecimal x = mine.getOrDefault(k, BigDecimal.ZERO), y = theirs.getOrDefault(k, BigDecimal.ZERO);
        if (x.compareTo(y) != 0) {
          if (diff++ < 10) System.out.println("  DIFERENCIA " + k + ": trabajo " + x + ", a mano " + y);
        }
      }
      System.out.printf("Cifras comparadas: %,d; diferencias: %d%n", keys.size(), diff);
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE KPI_BENCH_FACT");
      }
      if (diff > 0) System.exit(1);
    }
  }

  /** {indicator, dimension, select D, K, V}; ?F ?T are the range in ms, ?FD ?TD in dates, ?FT ?TT in timestamps. */
  static List<String[]> baseline() {
    List<String[]> out = new ArrayList<>();
    for (String dim : SIRC_DIMS) {
      out.add(q("sirc.recibidos", dim, grouped(dim, "r.REQUESTED_AT_MS", "COUNT(*)", false)));
      out.add(q("sirc.resueltos", dim, grouped(dim, "r.RESOLVED_AT_MS", "COUNT(*)", false)));
      out.add(q("sirc.cumplimiento", dim, grouped(dim, "r.RESOLVED_AT_MS", "100.0 * SUM(CASE WHEN r.RESOLVED_AT_MS <= r.EXPECTED_AT_MS THEN 1 ELSE 0 END) / COUNT(*)", false)));
    }
    String h = "((we.CUM_MS + LEAST(GREATEST(r.RESOLVED_AT_MS - we.HOUR_IDX * 3600000 - we.OPEN_OFF_MS, 0), we.BUSINESS_MS))"
        + " - (ws.CUM_MS + LEAST(GREATEST(r.REQUESTED_AT_MS - ws.HOUR_IDX * 3600000 - ws.OPEN_OFF_MS, 0), ws.BUSINESS_MS))) / 3600000.0";
    String ledger = " JOIN SIRC_WORK_HOUR ws ON ws.HOUR_IDX = FLOOR(r.REQUESTED_AT_MS / 3600000) JOIN SIRC_WORK_HOUR we ON we.HOUR_IDX = FLOOR(r.RESOLVED_AT_MS / 3600000)";
    for (String dim : SIRC_DIMS) {
      String key = key(dim), day = String.format(DAY_MS, "r.RESOLVED_AT_MS");
      String from = " FROM SIRC_REPORT r" + join(dim) + ledger + " WHERE r.RESOLVED_AT_MS >= ?F AND r.RESOLVED_AT_MS < ?T";
      out.add(q("sirc.horas_resolucion", dim, "SELECT " + day + " D, " + key + " K, AVG(" + h + ") V" + from + " GROUP BY D, K"));
      for (String[] p : new String[][] {{"sirc.horas_mediana", "0.5"}, {"sirc.horas_p90", "0.9"}}) {
        out.add(q(p[0], dim, "SELECT x.D D, x.K K, MIN(x.H) V FROM (SELECT " + day + " D, " + key + " K, " + h + " H, ROW_NUMBER() OVER (PARTITION BY "
            + day + ", " + key + " ORDER BY " + h + ") RN, COUNT(*) OVER (PARTITION BY " + day + ", " + key + ") N" + from + ") x WHERE x.RN >= CEIL(" + p[1] + " * x.N) GROUP BY x.D, x.K"));
      }
    }
    for (String dim : BY_SERVICE) {
      String key = key(dim);
      String end = "((UNIX_TIMESTAMP(d.d + INTERVAL 1 DAY) + 21600) * 1000)";
      // grouped by the report's own columns first, the service's code joined after
      String inner = dim.equals("SERVICIO") ? "r.SERVICE_ID" : key;
      String overdue = days() + "SELECT d.d D, " + inner + " K, COUNT(*) V FROM days d STRAIGHT_JOIN SIRC_REPORT r ON r.EXPECTED_AT_MS >= " + end + " - 34560000000 AND r.EXPECTED_AT_MS < " + end
            + " WHERE r.REQUESTED_AT_MS < " + end + " AND r.MERGED_INTO IS NULL AND (r.RESOLVED_AT_MS >= " + end
            + " OR (r.RESOLVED_AT_MS IS NULL AND r.STATUS IN ('RECIBIDO', 'ASIGNADO', 'EN_PROCESO'))) GROUP BY d.d, " + inner;
      out.add(q("sirc.vencidos", dim, dim.equals("SERVICIO")
          ? "SELECT z.D D, s.CODE K, z.V V FROM (" + overdue + ") z JOIN SIRC_SERVICE s ON s.ID = z.K"
          : overdue));
    }
    String ev = String.format(DAY_MS, "e.AT_MS");
    out.add(q("sirc.reabiertos", "TOTAL", "SELECT " + ev + " D, '-' K, COUNT(*) V FROM SIRC_EVENT e WHERE e.AT_MS >= ?F AND e.AT_MS < ?T AND e.FROM_STATUS = 'RESUELTO' AND e.TO_STATUS = 'EN_PROCESO' GROUP BY D"));
    out.add(q("sirc.reabiertos", "SERVICIO", "SELECT " + ev + " D, s.CODE K, COUNT(*) V FROM SIRC_EVENT e JOIN SIRC_REPORT r ON r.ID = e.REPORT_ID JOIN SIRC_SERVICE s ON s.ID = r.SERVICE_ID WHERE e.AT_MS >= ?F AND e.AT_MS < ?T AND e.FROM_STATUS = 'RESUELTO' AND e.TO_STATUS = 'EN_PROCESO' GROUP BY D, K"));

    String pd = String.format(DAY_TS, "p.PAID_AT"), paid = " FROM PREDIAL_PAGO p WHERE p.STATUS = 'APLICADO' AND p.PAID_AT >= ?FT AND p.PAID_AT < ?TT";
    out.add(q("predial.recaudado", "TOTAL", "SELECT " + pd + " D, '-' K, SUM(p.AMOUNT) V" + paid + " GROUP BY D"));
    out.add(q("predial.recaudado", "CANAL", "SELECT " + pd + " D, p.CHANNEL K, SUM(p.AMOUNT) V" + paid + " GROUP BY D, K"));
    out.add(q("predial.recaudado", "BANCO", "SELECT " + pd + " D, p.BANK K, SUM(p.AMOUNT) V" + paid + " AND p.CHANNEL = 'BANCO' AND p.BANK IS NOT NULL GROUP BY D, K"));
    out.add(q("predial.pagos", "TOTAL", "SELECT " + pd + " D, '-' K, COUNT(*) V" + paid + " GROUP BY D"));
    out.add(q("predial.pagos", "CANAL", "SELECT " + pd + " D, p.CHANNEL K, COUNT(*) V" + paid + " GROUP BY D, K"));
    out.add(q("predial.pagos", "BANCO", "SELECT " + pd + " D, p.BANK K, COUNT(*) V" + paid + " AND p.CHANNEL = 'BANCO' AND p.BANK IS NOT NULL GROUP BY D, K"));
    out.add(q("predial.descuentos", "TOTAL", "SELECT " + pd + " D, '-' K, SUM(l.DISCOUNT) V FROM PREDIAL_PAGO_LINEA l JOIN PREDIAL_PAGO p ON p.ID = l.PAGO_ID WHERE p.STATUS = 'APLICADO' AND p.PAID_AT >= ?FT AND p.PAID_AT < ?TT GROUP BY D"));
    String lines = " FROM PREDIAL_ARCHIVO_LINEA l JOIN PREDIAL_ARCHIVO a ON a.ID = l.ARCHIVO_ID WHERE a.BUSINESS_DATE BETWEEN ?FD AND ?TD";
    out.add(q("predial.conciliacion_lineas", "TOTAL", "SELECT a.BUSINESS_DATE D, '-' K, COUNT(*) V" + lines + " GROUP BY D"));
    out.add(q("predial.conciliacion_lineas", "RESULTADO", "SELECT a.BUSINESS_DATE D, COALESCE(l.OUTCOME, 'PENDIENTE') K, COUNT(*) V" + lines + " GROUP BY D, K"));
    out.add(q("predial.excepciones_abiertas", "TOTAL", "SELECT a.BUSINESS_DATE D, '-' K, COUNT(*) V" + lines + " AND l.OUTCOME IS NOT NULL AND l.OUTCOME NOT IN ('APLICADO', 'CONFIRMADO') AND l.RESOLVED_AT IS NULL GROUP BY D"));
    out.add(q("predial.excepciones_resueltas", "TOTAL", "SELECT a.BUSINESS_DATE D, '-' K, COUNT(*) V" + lines + " AND l.OUTCOME IS NOT NULL AND l.OUTCOME NOT IN ('APLICADO', 'CONFIRMADO') AND l.RESOLVED_AT IS NOT NULL GROUP BY D"));
    // Stocks at each day's end: predios with a past year short of its tax then (credited now minus
    // what was paid after that day).
    String endTs = "(d.d + INTERVAL 1 DAY + INTERVAL 6 HOUR)";
    String late = "SELECT pp.PREDIO_ID, pl.FISCAL_YEAR, pp.PAID_AT, pl.TAX + pl.DISCOUNT AMT FROM PREDIAL_PAGO pp JOIN PREDIAL_PAGO_LINEA pl ON pl.PAGO_ID = pp.ID"
        + " WHERE pp.PAST_YEARS = 1 AND pp.STATUS = 'APLICADO' AND pl.FISCAL_YEAR < YEAR(pp.PAID_AT - INTERVAL 6 HOUR)";
    String arrears = days() + "SELECT u.D D, COUNT(DISTINCT u.P) N FROM ("
        + "SELECT d.d D, a.PREDIO_ID P FROM days d JOIN PREDIAL_ANUALIDAD a ON a.FISCAL_YEAR < YEAR(d.d) WHERE a.CREDITED_TAX < a.ANNUAL_TAX"
        + " UNION ALL SELECT y.D, y.PREDIO_ID FROM (SELECT d.d D, lp.PREDIO_ID, lp.FISCAL_YEAR, SUM(lp.AMT) L FROM days d JOIN (" + late + ") lp"
        + " ON lp.FISCAL_YEAR < YEAR(d.d) AND lp.PAID_AT >= " + endTs + " GROUP BY d.d, lp.PREDIO_ID, lp.FISCAL_YEAR) y"
        + " JOIN PREDIAL_ANUALIDAD a ON a.PREDIO_ID = y.PREDIO_ID AND a.FISCAL_YEAR = y.FISCAL_YEAR WHERE a.CREDITED_TAX - y.L < a.ANNUAL_TAX) u GROUP BY u.D";
    out.add(q("predial.cuentas_rezago", "TOTAL", "SELECT z.D D, '-' K, z.N V FROM (" + arrears + ") z"));
    out.add(q("predial.cuentas_corriente", "TOTAL", "SELECT f.FACT_DATE D, '-' K, (SELECT COUNT(*) FROM PREDIO) - f.VALUE_NUM V FROM KPI_BENCH_FACT f"
        + " WHERE f.INDICATOR = 'predial.cuentas_rezago' AND f.DIMENSION = 'TOTAL' AND f.FACT_DATE BETWEEN ?FD AND ?TD"));
    // People: the day's reporters and payers, one key each, distinct across both.
    String sircPeople = "SELECT " + String.format(DAY_MS, "r.REQUESTED_AT_MS") + " D, CASE WHEN r.CURP IS NOT NULL THEN CONCAT('CURP:', UPPER(r.CURP)) WHEN r.CONTACT_EMAIL IS NOT NULL THEN CONCAT('MAIL:', LOWER(r.CONTACT_EMAIL))"
        + " WHEN r.CONTACT_PHONE IS NOT NULL THEN CONCAT('TEL:', r.CONTACT_PHONE) ELSE CONCAT('SIRC:', CAST(r.ID AS CHAR(20))) END P FROM SIRC_REPORT r WHERE r.REQUESTED_AT_MS >= ?F AND r.REQUESTED_AT_MS < ?T";
    String owner = "(SELECT MIN(UPPER(o.CURP)) FROM PREDIO_PROPIETARIO o WHERE o.PREDIO_ID = p.PREDIO_ID)";
    String predialPeople = "SELECT " + pd + " D, CASE WHEN " + owner + " IS NULL THEN CONCAT('PREDIO:', CAST(p.PREDIO_ID AS CHAR(20))) ELSE CONCAT('CURP:', " + owner + ") END P" + paid;
    out.add(q("kpi.personas", "MODULO", "SELECT u.D D, 'sirc' K, COUNT(DISTINCT u.P) V FROM (" + sircPeople + ") u GROUP BY u.D"));
    out.add(q("kpi.personas", "MODULO", "SELECT u.D D, 'predial' K, COUNT(DISTINCT u.P) V FROM (" + predialPeople + ") u GROUP BY u.D"));
    out.add(q("kpi.personas", "TOTAL", "SELECT u.D D, '-' K, COUNT(DISTINCT u.P) V FROM (SELECT a.D, CAST(a.P AS CHAR(120)) P FROM (" + sircPeople + ") a UNION ALL SELECT b.D, CAST(b.P AS CHAR(120)) P FROM (" + predialPeople + ") b) u GROUP BY u.D"));
    return out;
  }

  static String days() {
    return "WITH RECURSIVE days (d) AS (SELECT CAST(?FD AS DATE) UNION ALL SELECT d + INTERVAL 1 DAY FROM days WHERE d < ?TD) ";
  }

  static String[] q(String indicator, String dim, String select) {
    return new String[] {indicator, dim, select};
  }

  static String key(String dim) {
    return switch (dim) {
      case "TOTAL" -> "'-'";
      case "SERVICIO" -> "s.CODE";
      case "DEPENDENCIA" -> "r.DEPENDENCIA";
      case "CANAL" -> "r.CHANNEL";
      default -> "r.COLONIA_ID";
    };
  }

  static String join(String dim) {
    return dim.equals("SERVICIO") ? " JOIN SIRC_SERVICE s ON s.ID = r.SERVICE_ID" : "";
  }

  static String grouped(String dim, String at, String value, boolean unused) {
    return "SELECT " + String.format(DAY_MS, at) + " D, " + key(dim) + " K, " + value + " V FROM SIRC_REPORT r" + join(dim)
        + " WHERE " + at + " >= ?F AND " + at + " < ?T GROUP BY D, K";
  }

  static final Pattern PARAM = Pattern.compile("\\?(FD|TD|FT|TT|F|T)");

  static long one(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static Map<String, BigDecimal> facts(Connection c, String table, LocalDate from, LocalDate to) throws Exception {
    Map<String, BigDecimal> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT FACT_DATE, INDICATOR, DIMENSION, DIM_KEY, VALUE_NUM FROM " + table + " WHERE FACT_DATE BETWEEN ? AND ?")) {
      ps.setObject(1, from);
      ps.setObject(2, to);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4), r.getBigDecimal(5));
        }
      }
    }
    return out;
  }

  /** Samples the server JVM's heap with jstat -gc (KB): used = S0U+S1U+EU+OU, old = OU. */
  static final class Sampler {
    final String pid;
    final AtomicLong maxUsed = new AtomicLong(), maxOld = new AtomicLong();
    long firstOld;
    Process p;
    Thread reader;

    Sampler(String pid) {
      this.pid = pid;
    }

    void start() throws Exception {
      p = new ProcessBuilder("jstat", "-gc", pid, "200").redirectErrorStream(true).start();
      reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
          String header = r.readLine();
          List<String> cols = List.of(header.trim().split("\\s+"));
          String line;
          while ((line = r.readLine()) != null) {
            String[] v = line.trim().split("\\s+");
            if (v.length != cols.size()) continue;
            double used = 0;
            for (String c : List.of("S0U", "S1U", "EU", "OU")) used += Double.parseDouble(v[cols.indexOf(c)]);
            long old = (long) Double.parseDouble(v[cols.indexOf("OU")]);
            if (firstOld == 0) firstOld = old;
            maxUsed.accumulateAndGet((long) used, Math::max);
            maxOld.accumulateAndGet(old, Math::max);
          }
        } catch (Exception e) {
          // the sampler ends with the process
        }
      });
      reader.start();
    }

    void stop() throws Exception {
      p.destroy();
      reader.join(2000);
    }
  }

  static long start(String base, String json) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/trabajos/kpi-daily-aggregation")).header("Content-Type", "application/json")
        .header("Cookie", "JSESSIONID=" + session).POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) throw new IllegalStateException("inicio: " + r.statusCode() + " " + r.body());
    Matcher m = Pattern.compile("\"executionId\":(\\d+)").matcher(r.body());
    m.find();
    return Long.parseLong(m.group(1));
  }

  static String waitFor(String base, long id) throws Exception {
    while (true) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/trabajos/ejecuciones/" + id)).header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"batchStatus\":\"(\\w+)\"").matcher(r.body());
      if (!m.find()) throw new IllegalStateException(r.body());
      String s = m.group(1);
      if (!s.equals("STARTING") && !s.equals("STARTED") && !s.equals("STOPPING")) return s;
      Thread.sleep(250);
    }
  }

  static void login(String base, String user) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/consola/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
    cookie(r);
    String form = "j_username=" + user + "&j_password=" + URLEncoder.encode("Demo.2026!", StandardCharsets.UTF_8);
    r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "JSESSIONID=" + session).POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    cookie(r);
    for (int i = 0; i < 3 && r.statusCode() == 302; i++) {
      r = HTTP.send(HttpRequest.newBuilder(URI.create(r.headers().firstValue("Location").orElseThrow())).header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
      cookie(r);
    }
  }

  static void cookie(HttpResponse<String> r) {
    r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
        .ifPresent(c -> session = c.substring(11, c.indexOf(';')));
  }
}
