package mx.gob.veracruz.sirc.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.veracruz.common.CityClock;

/**
 * SIRC at city size ({@code CIUDAD_DEMO=city}): 500,000 reports over the last three years, each
 * with its "recibido" event, written with batched JDBC (the bench and the dashboards need the
 * volume; the ORM would take an hour). Spread as a city reports:
 *
 * <ul>
 *   <li>services weighted (potholes, street lights, garbage and leaks first), and potholes one in
 *       ten of every other report in the rainy months, June to October;
 *   <li>colonias weighted by their place in the catalogue (the first, central and denser, most),
 *       the point near the colonia's centre;
 *   <li>channels 55 % portal, 20 % app, 20 % phone, 5 % counter;
 *   <li>states by age: older reports resolved, closed or rejected, the last weeks mostly open;
 *       resolution around each service's term (0.3 to 1.4 times it: about a quarter late).
 * </ul>
 *
 * Folios read {@code SIRC-AAAA-Cnnnnnnn}: they never meet the application's own sequence. Fixed
 * seed: the same data set on every load.
 */
final class CityReports {
  private static final Logger LOG = Logger.getLogger(CityReports.class.getName());
  static final int COUNT = 500_000;

  /** {@code ciudad.demo.reportes} [500,000]: the city data set's size (the KPI bench uses 1M). */
  static int count() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig(
            CityReports.class.getClassLoader())
        .getOptionalValue("ciudad.demo.reportes", Integer.class)
        .filter(n -> n > 0 && n <= 5_000_000)
        .orElse(COUNT);
  }

  private static final int BATCH = 5_000;
  private static final Pattern POINT =
      Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*]");
  private static final String[] CHANNELS = {
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "PORTAL",
    "APP",
    "APP",
    "APP",
    "APP",
    "TELEFONO",
    "TELEFONO",
    "TELEFONO",
    "TELEFONO",
    "VENTANILLA"
  };

  private CityReports() {}

  private record Service(long id, String code, String dependencia, long weight, double slaDays) {}

  private record Colonia(long id, double lat, double lon) {}

  /** Loads the reports missing to reach {@link #count()}; returns how many it wrote. */
  static int loadIfMissing(Connection c, long nowMillis) throws SQLException {
    long have = count(c, "SELECT COUNT(*) FROM SIRC_REPORT WHERE FOLIO LIKE 'SIRC-____-C%'");
    int target = count();
    if (have >= target) {
      return 0;
    }
    List<Service> services = services(c);
    List<Colonia> colonias = colonias(c);
    if (services.isEmpty() || colonias.isEmpty()) {
      return 0;
    }
    long totalWeight = services.stream().mapToLong(Service::weight).sum();
    int bache = 0;
    for (int i = 0; i < services.size(); i++) {
      if (services.get(i).code().equals("BACHE")) {
        bache = i;
      }
    }
    long start = ZonedDateTime.now(CityClock.ZONE).minusYears(3).toInstant().toEpochMilli();
    // a load cut short resumes with the next serial: no folio is repeated
    Random r = new Random(20260901L + have);
    SecureRandom tokens = new SecureRandom();
    byte[] tok = new byte[18];
    long t0 = System.nanoTime();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement report =
            c.prepareStatement(
                "INSERT INTO SIRC_REPORT (ID, FOLIO, TOKEN, SERVICE_ID, SERVICE_VERSION, STATUS,"
                    + " CHANNEL, LAT, LON, COLONIA_ID, DEPENDENCIA, CREW, DESCRIPTION,"
                    + " REQUESTED_AT_MS, UPDATED_AT_MS, EXPECTED_AT_MS, RESOLVED_AT_MS,"
                    + " SUPPORTERS, VERSION) VALUES (?,?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
        PreparedStatement event =
            c.prepareStatement(
                "INSERT INTO SIRC_EVENT (ID, REPORT_ID, AT_MS, ACTOR, KIND, TO_STATUS, PUBLIC_NOTE,"
                    + " TEXT) VALUES (?,?,?,'demo','RECIBIDO','RECIBIDO',?,?)")) {
      long remaining = target - have;
      int written = 0;
      while (written < remaining) {
        int n = (int) Math.min(BATCH, remaining - written);
        long reportId = mx.gob.veracruz.common.IdBlocks.reserve(c, "SIRC_REPORT", n);
        long eventId = mx.gob.veracruz.common.IdBlocks.reserve(c, "SIRC_EVENT", n);
        for (int k = 0; k < n; k++) {
          long serial = have + written + k + 1;
          long requested = start + (long) (Math.pow(r.nextDouble(), 0.8) * (nowMillis - start));
          ZonedDateTime when = Instant.ofEpochMilli(requested).atZone(CityClock.ZONE);
          long pick = (long) (r.nextDouble() * totalWeight);
          int si = 0;
          for (long acc = services.get(0).weight();
              acc <= pick && si < services.size() - 1;
              acc += services.get(++si).weight()) {}
          int month = when.getMonthValue();
          if (month >= 6 && month <= 10 && r.nextInt(10) == 0) {
            si = bache; // the rainy season opens potholes
          }
          Service s = services.get(si);
          Colonia col =
              colonias.get(
                  (int)
                      Math.min(
                          colonias.size() - 1, Math.abs(r.nextGaussian()) * colonias.size() / 2.5));
          long expected = requested + (long) (s.slaDays() * 86_400_000L * 7 / 5);
          long ageDays = (nowMillis - requested) / 86_400_000L;
          String status;
          Long resolved = null;
          if (ageDays > 60 || r.nextInt(100) < Math.min(95, ageDays * 3)) {
            resolved = requested + (expected - requested) * (3 + r.nextInt(12)) / 10;
            if (resolved > nowMillis) {
              resolved = nowMillis - 3_600_000L;
            }
            status = r.nextInt(100) < 8 ? "RECHAZADO" : ageDays > 30 ? "CERRADO" : "RESUELTO";
          } else {
            int x = r.nextInt(3);
            status = x == 0 ? "RECIBIDO" : x == 1 ? "ASIGNADO" : "EN_PROCESO";
          }
          tokens.nextBytes(tok);
          long id = reportId + k;
          report.setLong(1, id);
          report.setString(2, String.format("SIRC-%d-C%07d", when.getYear(), serial));
          report.setString(3, Base64.getUrlEncoder().withoutPadding().encodeToString(tok));
          report.setLong(4, s.id());
          report.setString(5, status);
          report.setString(6, CHANNELS[r.nextInt(CHANNELS.length)]);
          report.setBigDecimal(7, coordinate(col.lat() + (r.nextDouble() - 0.5) * 0.003));
          report.setBigDecimal(8, coordinate(col.lon() + (r.nextDouble() - 0.5) * 0.003));
          report.setLong(9, col.id());
          report.setString(10, s.dependencia());
          report.setString(
              11, status.equals("RECIBIDO") ? null : "Cuadrilla " + (1 + r.nextInt(12)));
          report.setString(12, "Reporte de demostración " + serial);
          report.setLong(13, requested);
          report.setLong(14, resolved != null ? resolved : requested);
          report.setLong(15, expected);
          if (resolved == null) {
            report.setNull(16, Types.BIGINT);
          } else {
            report.setLong(16, resolved);
          }
          report.setInt(17, r.nextInt(20) == 0 ? 1 + r.nextInt(4) : 0);
          report.addBatch();
          event.setLong(1, eventId + k);
          event.setLong(2, id);
          event.setLong(3, requested);
          event.setBoolean(4, true);
          event.setString(5, "Reporte recibido (datos de demostración)");
          event.addBatch();
        }
        report.executeBatch();
        event.executeBatch();
        c.commit();
        written += n;
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      int total = written;
      LOG.info(() -> "SIRC de ciudad: " + total + " reportes en " + ms + " ms");
      return written;
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static BigDecimal coordinate(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
  }

  private static List<Service> services(Connection c) throws SQLException {
    List<Service> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT ID, CODE, DEPENDENCIA, SLA_AMOUNT, SLA_UNIT FROM SIRC_SERVICE"
                    + " WHERE ACTIVE = TRUE ORDER BY ID")) {
      while (rs.next()) {
        String code = rs.getString(2);
        long weight =
            switch (code) {
              case "BACHE" -> 18;
              case "LUMINARIA" -> 14;
              case "BASURA" -> 10;
              case "FUGA_AGUA" -> 8;
              case "DRENAJE" -> 6;
              case "RUIDO" -> 5;
              default -> 1;
            };
        double days =
            rs.getString(5).equals("HORAS_HABILES")
                ? Math.max(0.25, rs.getInt(4) / 8.0)
                : rs.getInt(4);
        out.add(new Service(rs.getLong(1), code, rs.getString(3), weight, days));
      }
    }
    return out;
  }

  /** Each colonia with the mean of its first ring's points. */
  private static List<Colonia> colonias(Connection c) throws SQLException {
    List<Colonia> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ID, GEOJSON FROM COLONIA ORDER BY ID")) {
      while (rs.next()) {
        String geo = rs.getString(2);
        if (geo == null) {
          continue;
        }
        int ringEnd = geo.indexOf("]]");
        Matcher m = POINT.matcher(ringEnd < 0 ? geo : geo.substring(0, ringEnd + 1));
        double lat = 0;
        double lon = 0;
        int n = 0;
        while (m.find()) {
          lon += Double.parseDouble(m.group(1));
          lat += Double.parseDouble(m.group(2));
          n++;
        }
        if (n > 0) {
          out.add(new Colonia(rs.getLong(1), lat / n, lon / n));
        }
      }
    }
    return out;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
