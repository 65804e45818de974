import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIRC at city size (issue 9): loads N reports (default 500,000) over three years into the
 * database of a running domain, then measures, through HTTP against that domain, the three calls
 * that must stay fast: a clerk's queue page, the public map's markers for the whole city and the
 * duplicate check. Prints p50, p95 and max per call.
 *
 *   DB=mysql DB_NAME=ciudad_bench PORTBASE=24000 DOMAIN=ciudad-bench bin/ciudad run
 *   java -cp .payara/lib/mysql-connector-j-9.7.0.jar bench/SircBench.java \
 *     "jdbc:mysql://127.0.0.1:3306/ciudad_bench?user=root&rewriteBatchedStatements=true" \
 *     http://localhost:24080 500000 200
 *
 * The data: services weighted as a city reports them (potholes and street lights first; potholes
 * double in the rainy months June–October), colonias weighted by their index (denser ones first),
 * points near each colonia's first vertex, channels 55 % portal, 20 % app, 20 % phone, 5 % counter,
 * states by age (older reports resolved or closed, the last weeks mostly open), resolution times
 * around each service's SLA. Bench rows have ids from 100,000,000 and folios SIRC-Bxxxx-…, so they
 * never meet the application's own sequences.
 */
public class SircBench {
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
  static final ZoneId CITY = ZoneId.of("America/Mexico_City");
  static final long FIRST_ID = 100_000_000L;
  static String session;

  public static void main(String[] args) throws Exception {
    String jdbc = args[0];
    String base = args.length > 1 ? args[1] : "http://localhost:8080";
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
    int reps = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    try (Connection c = DriverManager.getConnection(jdbc)) {
      load(c, n);
    }
    login(base, "limpia");
    measure("cola de Limpia Pública (página 1, abiertos por antigüedad)", reps, () -> get(base + "/consola/sirc/bandeja.xhtml", true));
    measure("marcadores del mapa público (90 días, toda la ciudad)", reps, () -> get(base + "/api/v1/sirc/mapa", false));
    Random r = new Random(7);
    measure("verificación de duplicados (BACHE, 150 m, 30 días)", reps, () -> {
      double lat = 19.14 + r.nextDouble() * 0.09;
      double lon = -96.24 + r.nextDouble() * 0.12;
      get(base + "/api/v1/sirc/cercanos?servicio=BACHE&lat=" + lat + "&lon=" + lon, false);
    });
  }

  interface Call {
    void run() throws Exception;
  }

  static void measure(String name, int reps, Call call) throws Exception {
    for (int i = 0; i < 10; i++) {
      call.run(); // warm-up
    }
    long[] t = new long[reps];
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      call.run();
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    System.out.printf("%-62s n=%d  p50=%6.1f ms  p95=%6.1f ms  max=%6.1f ms%n",
        name, reps, t[reps / 2] / 1e6, t[(int) (reps * 0.95)] / 1e6, t[reps - 1] / 1e6);
  }

  static void load(Connection c, int n) throws Exception {
    long have;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SIRC_REPORT WHERE ID >= " + FIRST_ID)) {
      rs.next();
      have = rs.getLong(1);
    }
    if (have >= n) {
      System.out.println("Reportes de banco ya cargados: " + have);
      return;
    }
    List<long[]> services = new ArrayList<>(); // id, weight, slaDays
    List<String> deps = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID, CODE, DEPENDENCIA, SLA_AMOUNT, SLA_UNIT FROM SIRC_SERVICE ORDER BY ID")) {
      while (rs.next()) {
        String code = rs.getString(2);
        long weight = switch (code) { case "BACHE" -> 18; case "LUMINARIA" -> 14; case "BASURA" -> 10; case "FUGA_AGUA" -> 8; case "DRENAJE" -> 6; case "RUIDO" -> 5; default -> 1; };
        long slaDays = rs.getString(5).equals("HORAS_HABILES") ? Math.max(1, rs.getInt(4) / 8) : rs.getInt(4);
        services.add(new long[] {rs.getLong(1), weight, slaDays});
        deps.add(rs.getString(3));
        codes.add(code);
      }
    }
    List<double[]> colonias = new ArrayList<>(); // id, lat, lon
    Pattern first = Pattern.compile("\\[\\[\\[?(-?[0-9.]+),\\s*(-?[0-9.]+)");
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID, GEOJSON FROM COLONIA ORDER BY ID")) {
      while (rs.next()) {
        Matcher m = first.matcher(rs.getString(2));
        if (m.find()) {
          colonias.add(new double[] {rs.getLong(1), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))});
        }
      }
    }
    long totalWeight = services.stream().mapToLong(s -> s[1]).sum();
    String[] channels = {"PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "PORTAL", "APP", "APP", "APP", "APP", "TELEFONO", "TELEFONO", "TELEFONO", "TELEFONO", "VENTANILLA"};
    Random r = new Random(20260901L);
    SecureRandom tokens = new SecureRandom();
    long now = System.currentTimeMillis();
    long start = ZonedDateTime.now(CITY).minusYears(3).toInstant().toEpochMilli();
    c.setAutoCommit(false);
    String sql = "INSERT INTO SIRC_REPORT (ID, FOLIO, TOKEN, SERVICE_ID, SERVICE_VERSION, STATUS, CHANNEL, LAT, LON, ADDRESS, COLONIA_ID, DEPENDENCIA, CREW, ASSIGNEE, DESCRIPTION,"
        + " CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, CURP, DEVICE_ID, MEDIA_URL, STATUS_NOTES, REQUESTED_AT_MS, UPDATED_AT_MS, EXPECTED_AT_MS, RESOLVED_AT_MS, MERGED_INTO, SUPPORTERS, API_KEY_ID, VERSION)"
        + " VALUES (?,?,?,?,1,?,?,?,?,NULL,?,?,NULL,?,?,NULL,NULL,NULL,NULL,NULL,NULL,NULL,?,?,?,?,NULL,0,NULL,0)";
    long t0 = System.nanoTime();
    byte[] tok = new byte[18];
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (long i = have; i < n; i++) {
        long requested = start + (long) (Math.pow(r.nextDouble(), 0.8) * (now - start));
        int month = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(requested), CITY).getMonthValue();
        long pick = (long) (r.nextDouble() * totalWeight);
        int si = 0;
        for (long acc = services.get(0)[1]; acc <= pick && si < services.size() - 1; acc += services.get(++si)[1]) {}
        if (codes.get(si).equals("BACHE") == false && month >= 6 && month <= 10 && r.nextInt(10) == 0) {
          si = codes.indexOf("BACHE"); // the rainy season opens more potholes
        }
        long[] s = services.get(si);
        double[] col = colonias.get((int) Math.min(colonias.size() - 1, Math.abs(r.nextGaussian()) * colonias.size() / 2.5));
        long ageDays = (now - requested) / 86_400_000L;
        long expected = requested + s[2] * 86_400_000L * 7 / 5;
        String status;
        Long resolved = null;
        if (ageDays > 60 || r.nextInt(100) < Math.min(95, ageDays * 3)) {
          resolved = requested + (long) (expected - requested) * (5 + r.nextInt(12)) / 10;
          status = r.nextInt(100) < 8 ? "RECHAZADO" : ageDays > 30 ? "CERRADO" : "RESUELTO";
          if (resolved > now) {
            resolved = now - 3_600_000L;
          }
        } else {
          int k = r.nextInt(3);
          status = k == 0 ? "RECIBIDO" : k == 1 ? "ASIGNADO" : "EN_PROCESO";
        }
        tokens.nextBytes(tok);
        int year = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(requested), CITY).getYear();
        p.setLong(1, FIRST_ID + i);
        p.setString(2, String.format("SIRC-B%d-%07d", year, i + 1));
        p.setString(3, Base64.getUrlEncoder().withoutPadding().encodeToString(tok));
        p.setLong(4, s[0]);
        p.setString(5, status);
        p.setString(6, channels[r.nextInt(channels.length)]);
        p.setBigDecimal(7, BigDecimal.valueOf(col[1] + (r.nextDouble() - 0.5) * 0.006).setScale(6, java.math.RoundingMode.HALF_UP));
        p.setBigDecimal(8, BigDecimal.valueOf(col[2] + (r.nextDouble() - 0.5) * 0.006).setScale(6, java.math.RoundingMode.HALF_UP));
        p.setLong(9, (long) col[0]);
        p.setString(10, deps.get(si));
        p.setString(11, status.equals("RECIBIDO") ? null : "Cuadrilla " + (1 + r.nextInt(12)));
        p.setString(12, "Reporte de banco de pruebas " + (i + 1));
        p.setLong(13, requested);
        p.setLong(14, resolved != null ? resolved : requested);
        p.setLong(15, expected);
        if (resolved == null) p.setNull(16, java.sql.Types.BIGINT); else p.setLong(16, resolved);
        p.addBatch();
        if ((i + 1) % 5_000 == 0) {
          p.executeBatch();
          c.commit();
        }
      }
      p.executeBatch();
      c.commit();
    }
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE TABLE SIRC_REPORT");
    }
    System.out.printf("Cargados %d reportes en %.1f s%n", n - have, (System.nanoTime() - t0) / 1e9);
  }

  static void get(String url, boolean page) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (session != null) b.header("Cookie", "JSESSIONID=" + session);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || (page && !r.body().contains("queue-form:reports"))) {
      throw new IllegalStateException(url + " → " + r.statusCode());
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
