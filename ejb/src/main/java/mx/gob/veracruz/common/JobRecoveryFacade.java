package mx.gob.veracruz.common;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Heartbeats of running batch executions, and the recovery of executions a crash left STARTED.
 *
 * <p>Jakarta Batch has no recovery: after a JVM crash the job repository keeps saying STARTED for
 * ever, so the job can be neither restarted nor started again by the scheduler. Each execution of
 * our jobs beats here (start, every chunk, end); at start-up an instance marks FAILED the
 * executions its previous life owned, and any instance those whose owner stopped beating. Payara's
 * JBatch keeps the status twice, in its tables and in serialized objects (JOBSTATUS, STEPSTATUS):
 * both are set, with the batch runtime's own classes, so that {@code JobOperator.restart} accepts
 * the execution (measured on Payara 6.2025.9; see docs/DECISIONS.md). Runs without a caller: the
 * methods are called only by the batch module's listener and start-up bean.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRecoveryFacade {
  private static final Logger LOG = Logger.getLogger(JobRecoveryFacade.class.getName());

  /** What the heartbeat table knows of an execution. */
  public record Heartbeat(long executionId, String jobName, String instanceId, String bootId, Instant beatAt,
      Instant databaseNow) {
    public Duration silence() {
      return Duration.between(beatAt, databaseNow);
    }
  }

  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  /** Records a sign of life (the database's clock, the same for every instance). */
  public void beat(long executionId, String jobName, String instanceId, String bootId) {
    try (Connection c = ds.getConnection()) {
      int n;
      try (PreparedStatement u = c.prepareStatement("UPDATE BATCH_LATIDO SET BEAT_AT = CURRENT_TIMESTAMP,"
          + " INSTANCE_ID = ?, BOOT_ID = ? WHERE EXECUTION_ID = ?")) {
        u.setString(1, instanceId);
        u.setString(2, bootId);
        u.setLong(3, executionId);
        n = u.executeUpdate();
      }
      if (n == 0) {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO BATCH_LATIDO (EXECUTION_ID, JOB_NAME, INSTANCE_ID,"
            + " BOOT_ID, STARTED_AT, BEAT_AT) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
          i.setLong(1, executionId);
          i.setString(2, jobName);
          i.setString(3, instanceId);
          i.setString(4, bootId);
          i.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("No se pudo registrar el latido de la ejecución " + executionId, e);
    }
  }

  /** The execution ended (any status): nothing to recover any more. */
  public void finished(long executionId) {
    try (Connection c = ds.getConnection();
        PreparedStatement d = c.prepareStatement("DELETE FROM BATCH_LATIDO WHERE EXECUTION_ID = ?")) {
      d.setLong(1, executionId);
      d.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<Heartbeat> heartbeat(long executionId) {
    try (Connection c = ds.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT JOB_NAME, INSTANCE_ID, BOOT_ID, BEAT_AT, CURRENT_TIMESTAMP"
            + " FROM BATCH_LATIDO WHERE EXECUTION_ID = ?")) {
      q.setLong(1, executionId);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(new Heartbeat(executionId, r.getString(1), r.getString(2), r.getString(3),
            r.getTimestamp(4).toInstant(), r.getTimestamp(5).toInstant())) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An execution the job repository says is still running. */
  public record Unfinished(long executionId, String jobName) {}

  /**
   * Executions the job repository holds as STARTING, STARTED or STOPPING, read from its tables:
   * {@code JobOperator.getRunningExecutions} answers only for the calling application's tag, which a
   * start-up timer does not carry (measured: it returned none after a {@code kill -9}).
   */
  public List<Unfinished> unfinished() {
    try (Connection c = ds.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT A.JOBEXECID, B.NAME FROM EXECUTIONINSTANCEDATA A"
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

  /** Seconds since the execution was created, by the database's clock (for executions without heartbeat). */
  public Optional<Duration> age(long executionId) {
    try (Connection c = ds.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT CREATETIME, CURRENT_TIMESTAMP FROM EXECUTIONINSTANCEDATA"
            + " WHERE JOBEXECID = ?")) {
      q.setLong(1, executionId);
      try (ResultSet r = q.executeQuery()) {
        return r.next() && r.getTimestamp(1) != null
            ? Optional.of(Duration.between(r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Marks a dead execution FAILED (execution, its unfinished steps, the job instance's status
   * object) so that it can be restarted; audited. {@code batchClasses} loads the runtime's
   * serialized status classes. Returns false when it was no longer STARTED (nothing changed).
   */
  @Audited(action = "trabajo.recuperar", entity = "JobExecution")
  public boolean markFailed(long executionId, String reason, ClassLoader batchClasses) {
    String exit = ("RECUPERADA: " + reason);
    exit = exit.length() > 500 ? exit.substring(0, 500) : exit;
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = ds.getConnection()) {
      long instanceId;
      try (PreparedStatement q = c.prepareStatement("SELECT JOBINSTANCEID FROM EXECUTIONINSTANCEDATA WHERE JOBEXECID = ?"
          + " AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
        q.setLong(1, executionId);
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) {
            return false;
          }
          instanceId = r.getLong(1);
        }
      }
      try (PreparedStatement u = c.prepareStatement("UPDATE EXECUTIONINSTANCEDATA SET BATCHSTATUS = 'FAILED',"
          + " EXITSTATUS = ?, ENDTIME = ?, UPDATETIME = ? WHERE JOBEXECID = ?")) {
        u.setString(1, exit);
        u.setTimestamp(2, now);
        u.setTimestamp(3, now);
        u.setLong(4, executionId);
        u.executeUpdate();
      }
      try (PreparedStatement q = c.prepareStatement("SELECT STEPEXECID FROM STEPEXECUTIONINSTANCEDATA WHERE JOBEXECID = ?"
          + " AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
        q.setLong(1, executionId);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            long step = r.getLong(1);
            try (PreparedStatement u = c.prepareStatement("UPDATE STEPEXECUTIONINSTANCEDATA SET BATCHSTATUS = 'FAILED',"
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
      try (PreparedStatement d = c.prepareStatement("DELETE FROM BATCH_LATIDO WHERE EXECUTION_ID = ?")) {
        d.setLong(1, executionId);
        d.executeUpdate();
      }
      String r = exit;
      LOG.warning(() -> "Ejecución " + executionId + " marcada FAILED: " + r);
      return true;
    } catch (SQLException | IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("No se pudo recuperar la ejecución " + executionId, e);
    }
  }

  /** Sets FAILED in the runtime's serialized status object (JobStatus / StepStatus) of {@code id}. */
  private static void rewriteStatus(Connection c, String table, long id, String exit, ClassLoader loader)
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
    try (ObjectInputStream in = new LoaderObjectInputStream(new ByteArrayInputStream(blob), loader)) {
      status = in.readObject();
    }
    Class<?> type = status.getClass();
    BatchStatus current = (BatchStatus) type.getMethod("getBatchStatus").invoke(status);
    if (current != BatchStatus.STARTED && current != BatchStatus.STARTING && current != BatchStatus.STOPPING) {
      return;
    }
    type.getMethod("setBatchStatus", BatchStatus.class).invoke(status, BatchStatus.FAILED);
    type.getMethod("setExitStatus", String.class).invoke(status, exit);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(status);
    }
    try (PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET OBJ = ? WHERE ID = ?")) {
      u.setBytes(1, bytes.toByteArray());
      u.setLong(2, id);
      u.executeUpdate();
    }
  }

  /** Resolves classes with the batch runtime's loader (its status classes are not exported to applications). */
  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
