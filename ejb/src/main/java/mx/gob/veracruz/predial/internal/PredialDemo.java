package mx.gob.veracruz.predial.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.gob.veracruz.common.CityClock;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Demo cadastre, only when {@code ciudad.demo} asks for it and no predio exists: the unit-value
 * tables for 2024-2027 and predios owned by the demo citizens (small: one per citizen; city:
 * 200,000) with three assessed years and a realistic history of payments. Plain JDBC batches in
 * transactions of 2,000 predios, so memory stays flat and 200,000 predios load in about a minute.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class PredialDemo {
  static final String[] ZONES = {"Z01", "Z02", "Z03", "Z04", "Z05", "Z06", "Z07", "Z08"};
  static final int[] ZONE_VALUES = {650, 980, 1450, 2100, 2900, 3800, 5200, 6900};
  static final String[] TYPES = {
    "HABITACIONAL_POPULAR",
    "HABITACIONAL_MEDIO",
    "HABITACIONAL_RESIDENCIAL",
    "COMERCIAL",
    "INDUSTRIAL"
  };
  static final int[] TYPE_VALUES = {3200, 5100, 8700, 6900, 4300};
  static final String[] STATES = {"BUENO", "REGULAR", "MALO"};
  static final double[] STATE_FACTORS = {1.0, 0.8, 0.6};
  private static final Logger LOG = Logger.getLogger(PredialDemo.class.getName());
  private static final int CHUNK = 2_000;

  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  @Inject private CityClock clock;

  @PostConstruct
  void load() {
    String size =
        ConfigProvider.getConfig(getClass().getClassLoader())
            .getOptionalValue("ciudad.demo", String.class)
            .orElse("none")
            .toLowerCase();
    String mode =
        ConfigProvider.getConfig(getClass().getClassLoader())
            .getOptionalValue("ciudad.mode", String.class)
            .orElse("dev");
    if (size.equals("none") || mode.equalsIgnoreCase("prod")) {
      return;
    }
    try (Connection c = ds.getConnection()) {
      if (count(c, "SELECT COUNT(*) FROM PREDIAL_ZONA_VALOR") == 0) {
        tables(c);
      }
      if (count(c, "SELECT COUNT(*) FROM PREDIO") == 0) {
        long t0 = System.nanoTime();
        // ciudad.demo.predios: the city data set's size (200,000; the KPI bench uses 450,000)
        int n =
            size.equals("city")
                ? org.eclipse.microprofile.config.ConfigProvider.getConfig(
                        getClass().getClassLoader())
                    .getOptionalValue("ciudad.demo.predios", Integer.class)
                    .filter(x -> x > 0 && x <= 2_000_000)
                    .orElse(200_000)
                : 300;
        generate(c, n, clock.today());
        LOG.info(
            () ->
                "Predial demo: "
                    + n
                    + " predios en "
                    + (System.nanoTime() - t0) / 1_000_000
                    + " ms");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudieron generar los predios de demostración", e);
    }
  }

  private void tables(Connection c) throws SQLException {
    c.setAutoCommit(false);
    long zoneId = reserve(c, "PREDIAL_ZONA_VALOR", 4 * ZONES.length);
    long valueId = reserve(c, "PREDIAL_VALOR_CONSTRUCCION", 4 * TYPES.length * STATES.length);
    try (PreparedStatement z =
            c.prepareStatement("INSERT INTO PREDIAL_ZONA_VALOR VALUES (?,?,?,?,?,1)");
        PreparedStatement v =
            c.prepareStatement("INSERT INTO PREDIAL_VALOR_CONSTRUCCION VALUES (?,?,?,?,?,1)")) {
      for (int year = 2024; year <= 2027; year++) {
        double inflation = Math.pow(1.045, year - 2024); // values indexed about 4.5 % a year (demo)
        for (int i = 0; i < ZONES.length; i++) {
          z.setLong(1, zoneId++);
          z.setInt(2, year);
          z.setString(3, ZONES[i]);
          z.setString(4, "Zona de valor " + ZONES[i].substring(1));
          z.setBigDecimal(5, money(ZONE_VALUES[i] * inflation));
          z.addBatch();
        }
        for (int t = 0; t < TYPES.length; t++) {
          for (int s = 0; s < STATES.length; s++) {
            v.setLong(1, valueId++);
            v.setInt(2, year);
            v.setString(3, TYPES[t]);
            v.setString(4, STATES[s]);
            v.setBigDecimal(5, money(TYPE_VALUES[t] * STATE_FACTORS[s] * inflation));
            v.addBatch();
          }
        }
      }
      z.executeBatch();
      v.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
  }

  record Owner(long id, String curp, String name) {}

  private void generate(Connection c, int n, LocalDate today) throws SQLException {
    List<Owner> owners = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT ID, CURP, NOMBRE, PRIMER_APELLIDO, SEGUNDO_APELLIDO FROM CIUDADANO ORDER BY ID")) {
      while (rs.next() && owners.size() < n) {
        owners.add(
            new Owner(
                rs.getLong(1),
                rs.getString(2),
                (rs.getString(3)
                        + " "
                        + rs.getString(4)
                        + " "
                        + (rs.getString(5) == null ? "" : rs.getString(5)))
                    .trim()));
      }
    }
    List<Long> colonias = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ID FROM COLONIA ORDER BY ID")) {
      while (rs.next()) {
        colonias.add(rs.getLong(1));
      }
    }
    DemoWriter w = new DemoWriter(c, owners, colonias, today, new Random(193));
    c.setAutoCommit(false);
    for (int done = 0; done < n; done += CHUNK) {
      w.chunk(done, Math.min(n, done + CHUNK));
      c.commit();
    }
    w.finish();
    c.commit();
    c.setAutoCommit(true);
  }

  static long reserve(Connection c, String name, long count) throws SQLException {
    return mx.gob.veracruz.common.IdBlocks.reserve(c, name, count);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static BigDecimal money(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  static Timestamp ts(LocalDateTime t) {
    return Timestamp.from(t.toInstant(ZoneOffset.ofHours(-6)));
  }

  static Date date(LocalDate d) {
    return Date.valueOf(d);
  }

  static String hex(Random r) {
    byte[] b = new byte[8];
    r.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
