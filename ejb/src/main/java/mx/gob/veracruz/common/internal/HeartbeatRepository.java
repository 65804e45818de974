package mx.gob.veracruz.common.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code BATCH_LATIDO} rows: one per running execution of our jobs, stamped with the database's
 * clock (the same for every instance). Plain JDBC on the JTA data source, so each call joins the
 * caller's transaction ({@code JobRecoveryFacade} gives every call its own).
 */
@ApplicationScoped
public class HeartbeatRepository {
  /** A row: job, owner instance and boot, last beat, and the database's clock when read. */
  public record Row(
      String jobName, String instanceId, String bootId, Instant beatAt, Instant databaseNow) {}

  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  public void beat(long executionId, String jobName, String instanceId, String bootId) {
    try (Connection c = ds.getConnection()) {
      int n;
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE BATCH_LATIDO SET BEAT_AT = CURRENT_TIMESTAMP,"
                  + " INSTANCE_ID = ?, BOOT_ID = ? WHERE EXECUTION_ID = ?")) {
        u.setString(1, instanceId);
        u.setString(2, bootId);
        u.setLong(3, executionId);
        n = u.executeUpdate();
      }
      if (n == 0) {
        try (PreparedStatement i =
            c.prepareStatement(
                "INSERT INTO BATCH_LATIDO (EXECUTION_ID, JOB_NAME, INSTANCE_ID,"
                    + " BOOT_ID, STARTED_AT, BEAT_AT) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
          i.setLong(1, executionId);
          i.setString(2, jobName);
          i.setString(3, instanceId);
          i.setString(4, bootId);
          i.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No se pudo registrar el latido de la ejecución " + executionId, e);
    }
  }

  public void delete(long executionId) {
    try (Connection c = ds.getConnection();
        PreparedStatement d =
            c.prepareStatement("DELETE FROM BATCH_LATIDO WHERE EXECUTION_ID = ?")) {
      d.setLong(1, executionId);
      d.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<Row> find(long executionId) {
    try (Connection c = ds.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT JOB_NAME, INSTANCE_ID, BOOT_ID, BEAT_AT, CURRENT_TIMESTAMP"
                    + " FROM BATCH_LATIDO WHERE EXECUTION_ID = ?")) {
      q.setLong(1, executionId);
      try (ResultSet r = q.executeQuery()) {
        return r.next()
            ? Optional.of(
                new Row(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getTimestamp(4).toInstant(),
                    r.getTimestamp(5).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
