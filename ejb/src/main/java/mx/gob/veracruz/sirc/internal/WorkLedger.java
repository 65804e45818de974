package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.NavigableSet;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CalendarFacade;
import mx.gob.veracruz.common.CityClock;

/**
 * {@code SIRC_WORK_HOUR}: the working time of every UTC hour from the first report to two days
 * ahead, so the database computes business hours between two instants with two equality joins:
 *
 * <pre>worked(t) = CUM_MS + LEAST(GREATEST(t - HOUR_IDX·3600000 - OPEN_OFF_MS, 0), BUSINESS_MS)
 * </pre>
 *
 * for the row {@code HOUR_IDX = FLOOR(t / 3600000)}. One working interval a day (the configured
 * working day), so an hour holds at most one piece of it. Rebuilt only when its fingerprint (the
 * working day, the business days of the range, the range) changes: a new día inhábil, another
 * {@code ciudad.sirc.horario}, or a new day.
 */
@ApplicationScoped
public class WorkLedger {
  private static final Logger LOG = Logger.getLogger(WorkLedger.class.getName());
  static final long HOUR = 3_600_000L;

  @jakarta.annotation.Resource(lookup = "jdbc/veracruz")
  private javax.sql.DataSource ds;

  @Inject private CalendarFacade calendar;
  @Inject private SircSettings settings;

  /** The SQL expression of the working milliseconds up to {@code t} with ledger row {@code w}. */
  static String worked(String w, String t) {
    return "("
        + w
        + ".CUM_MS + LEAST(GREATEST("
        + t
        + " - "
        + w
        + ".HOUR_IDX * 3600000 - "
        + w
        + ".OPEN_OFF_MS, 0), "
        + w
        + ".BUSINESS_MS))";
  }

  /** The join of a ledger row {@code w} on the hour of {@code t}. */
  static String join(String w, String t) {
    return " JOIN SIRC_WORK_HOUR " + w + " ON " + w + ".HOUR_IDX = FLOOR(" + t + " / 3600000)";
  }

  /**
   * Brings the ledger up to date; returns whether it was rebuilt. Runs in the caller's transaction
   * (the container enlists the pool's connection), so a failed rebuild leaves the old ledger.
   */
  public boolean refresh() {
    try (Connection c = ds.getConnection()) {
      return refresh(c);
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudo escribir el calendario laboral de SIRC", e);
    }
  }

  private boolean refresh(Connection c) throws SQLException {
    Long min = null;
    try (PreparedStatement q = c.prepareStatement("SELECT MIN(REQUESTED_AT_MS) FROM SIRC_REPORT");
        ResultSet rs = q.executeQuery()) {
      if (rs.next()) {
        long v = rs.getLong(1);
        min = rs.wasNull() ? null : v;
      }
    }
    LocalDate today = LocalDate.now(CityClock.ZONE);
    LocalDate first =
        (min == null ? today : Instant.ofEpochMilli(min).atZone(CityClock.ZONE).toLocalDate())
            .minusDays(1);
    LocalDate last = today.plusDays(2);
    SircSettings.WorkingDay day = settings.workingDay();
    NavigableSet<LocalDate> business = calendar.businessDays(first, last);
    String fingerprint = fingerprint(first, last, day, business);
    try (PreparedStatement q =
            c.prepareStatement("SELECT FINGERPRINT FROM SIRC_WORK_LEDGER_META WHERE ID = 1");
        ResultSet rs = q.executeQuery()) {
      if (rs.next() && fingerprint.equals(rs.getString(1))) {
        return false;
      }
    }
    long firstHour =
        Math.floorDiv(first.atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli(), HOUR);
    long lastHour =
        Math.floorDiv(
            last.plusDays(1).atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli(), HOUR);
    long t0 = System.nanoTime();
    try (PreparedStatement d = c.prepareStatement("DELETE FROM SIRC_WORK_HOUR")) {
      d.executeUpdate();
    }
    try (PreparedStatement d = c.prepareStatement("DELETE FROM SIRC_WORK_LEDGER_META")) {
      d.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO SIRC_WORK_HOUR (HOUR_IDX, OPEN_OFF_MS, BUSINESS_MS, CUM_MS) VALUES"
                + " (?, ?, ?, ?)")) {
      long cum = 0;
      int batched = 0;
      for (long h = firstHour; h < lastHour; h++) {
        long start = h * HOUR;
        long end = start + HOUR;
        long open = 0;
        long work = 0;
        ZonedDateTime local = Instant.ofEpochMilli(start).atZone(CityClock.ZONE);
        LocalDate date = local.toLocalDate();
        if (business.contains(date)) {
          long opens = date.atTime(day.opens()).atZone(CityClock.ZONE).toInstant().toEpochMilli();
          long closes = date.atTime(day.closes()).atZone(CityClock.ZONE).toInstant().toEpochMilli();
          long from = Math.max(start, opens);
          long to = Math.min(end, closes);
          if (to > from) {
            open = from - start;
            work = to - from;
          }
        }
        ps.setLong(1, h);
        ps.setLong(2, open);
        ps.setLong(3, work);
        ps.setLong(4, cum);
        ps.addBatch();
        cum += work;
        if (++batched % 2000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    try (PreparedStatement m =
        c.prepareStatement(
            "INSERT INTO SIRC_WORK_LEDGER_META (ID, FINGERPRINT, FIRST_HOUR, LAST_HOUR,"
                + " BUILT_AT_MS) VALUES (1, ?, ?, ?, ?)")) {
      m.setString(1, fingerprint);
      m.setLong(2, firstHour);
      m.setLong(3, lastHour);
      m.setLong(4, System.currentTimeMillis());
      m.executeUpdate();
    }
    long hours = lastHour - firstHour;
    LOG.info(
        () ->
            "Calendario laboral de SIRC: "
                + hours
                + " horas escritas en "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
    return true;
  }

  private static String fingerprint(
      LocalDate first, LocalDate last, SircSettings.WorkingDay day, NavigableSet<LocalDate> days) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(
          (first + "|" + last + "|" + day.opens() + "|" + day.closes())
              .getBytes(StandardCharsets.UTF_8));
      for (LocalDate d : days) {
        md.update(d.toString().getBytes(StandardCharsets.US_ASCII));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
