package mx.gob.veracruz.common.batch;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mx.gob.veracruz.common.JobRepositoryRepair;

/**
 * Payara's JBatch job repository, read and repaired with plain JDBC. JBatch keeps an execution's
 * status twice, in its tables and in serialized objects (JOBSTATUS, STEPSTATUS): a repair sets
 * both, with the batch runtime's own classes, so that {@code JobOperator.restart} accepts the
 * execution (measured on Payara 6.2025.9; see docs/DECISIONS.md). Connections come from the JTA
 * data source, so a repair joins the recovery's transaction in {@code JobRecoveryFacade}.
 */
@ApplicationScoped
public class JBatchTables {
  /** An execution the job repository says is still running. */
  public record Unfinished(long executionId, String jobName) {}

  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  /**
   * Executions the job repository holds as STARTING, STARTED or STOPPING, read from its tables:
   * {@code JobOperator.getRunningExecutions} answers only for the calling application's tag, which
   * a start-up timer does not carry (measured: it returned none after a {@code kill -9}).
   */
  public List<Unfinished> unfinished() {
    try (Connection c = ds.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT A.JOBEXECID, B.NAME FROM EXECUTIONINSTANCEDATA A"
                    + " JOIN JOBINSTANCEDATA B ON A.JOBINSTANCEID = B.JOBINSTANCEID"
                    + " WHERE A.BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY A.JOBEXECID")) {
      List<Unfinished> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new Unfinished(r.getLong(1), r.getString(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Time since the execution was created, by the database's clock (for executions without
   * heartbeat).
   */
  public Optional<Duration> age(long executionId) {
    try (Connection c = ds.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT CREATETIME, CURRENT_TIMESTAMP FROM EXECUTIONINSTANCEDATA"
                    + " WHERE JOBEXECID = ?")) {
      q.setLong(1, executionId);
      try (ResultSet r = q.executeQuery()) {
        return r.next() && r.getTimestamp(1) != null
            ? Optional.of(
                Duration.between(r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The repair {@code JobRecoveryFacade.markFailed} runs; {@code batchClasses} loads the runtime's
   * status classes.
   */
  public JobRepositoryRepair repairWith(ClassLoader batchClasses) {
    return (executionId, exit) -> markFailed(executionId, exit, batchClasses);
  }

  /** Marks the execution, its unfinished steps and the job instance's status object FAILED. */
  boolean markFailed(long executionId, String exit, ClassLoader batchClasses) {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = ds.getConnection()) {
      long instanceId;
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT JOBINSTANCEID FROM EXECUTIONINSTANCEDATA WHERE JOBEXECID = ?"
                  + " AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
        q.setLong(1, executionId);
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) {
            return false;
          }
          instanceId = r.getLong(1);
        }
      }
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE EXECUTIONINSTANCEDATA SET BATCHSTATUS = 'FAILED',"
                  + " EXITSTATUS = ?, ENDTIME = ?, UPDATETIME = ? WHERE JOBEXECID = ?")) {
        u.setString(1, exit);
        u.setTimestamp(2, now);
        u.setTimestamp(3, now);
        u.setLong(4, executionId);
        u.executeUpdate();
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT STEPEXECID FROM STEPEXECUTIONINSTANCEDATA WHERE JOBEXECID = ?"
                  + " AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
        q.setLong(1, executionId);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            long step = r.getLong(1);
            try (PreparedStatement u =
                c.prepareStatement(
                    "UPDATE STEPEXECUTIONINSTANCEDATA SET BATCHSTATUS = 'FAILED',"
                        + " EXITSTATUS = 'FAILED', ENDTIME = ? WHERE STEPEXECID = ?")) {
              u.setTimestamp(1, now);
              u.setLong(2, step);
              u.executeUpdate();
            }
            rewriteStatus(c, "STEPSTATUS", step, exit, batchClasses);
          }
        }
      }
      rewriteStatus(c, "JOBSTATUS", instanceId, exit, batchClasses);
      return true;
    } catch (SQLException | IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("No se pudo recuperar la ejecución " + executionId, e);
    }
  }

  /**
   * Sets FAILED in the runtime's serialized status object (JobStatus / StepStatus) of {@code id}.
   */
  private static void rewriteStatus(
      Connection c, String table, long id, String exit, ClassLoader loader)
      throws SQLException, IOException, ReflectiveOperationException {
    byte[] blob;
    try (PreparedStatement q = c.prepareStatement("SELECT OBJ FROM " + table + " WHERE ID = ?")) {
      q.setLong(1, id);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next() || (blob = r.getBytes(1)) == null) {
          return;
        }
      }
    }
    Object status;
    try (ObjectInputStream in =
        new LoaderObjectInputStream(new ByteArrayInputStream(blob), loader)) {
      status = in.readObject();
    }
    Class<?> type = status.getClass();
    BatchStatus current = (BatchStatus) type.getMethod("getBatchStatus").invoke(status);
    if (current != BatchStatus.STARTED
        && current != BatchStatus.STARTING
        && current != BatchStatus.STOPPING) {
      return;
    }
    type.getMethod("setBatchStatus", BatchStatus.class).invoke(status, BatchStatus.FAILED);
    type.getMethod("setExitStatus", String.class).invoke(status, exit);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(status);
    }
    try (PreparedStatement u =
        c.prepareStatement("UPDATE " + table + " SET OBJ = ? WHERE ID = ?")) {
      u.setBytes(1, bytes.toByteArray());
      u.setLong(2, id);
      u.executeUpdate();
    }
  }

  /**
   * Resolves classes with the batch runtime's loader (its status classes are not exported to
   * applications).
   */
  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
