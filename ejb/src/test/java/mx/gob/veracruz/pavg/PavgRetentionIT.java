package mx.gob.veracruz.pavg;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention purge in a real domain: a closed case past its period goes with everything it held
 * (entries, assignments, break-glass records) and leaves only the audit record of its purge; a case
 * still within its period, or still open, stays; ARCO requests past theirs go too.
 */
@ExtendWith(ArquillianExtension.class)
class PavgRetentionIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.pavg("pavg-it");
  }

  @Inject private PavgIntakeFacade intake;
  @Inject private PavgBatchFacade batch;
  @Inject private CityClock clock;

  @Resource(lookup = "jdbc/veracruz")
  private DataSource dataSource;

  private IntakeReceipt report() {
    return intake.report(
        new IntakeCommand(
            "PROPIA",
            List.of("PSICOLOGICA"),
            null,
            null,
            null,
            null,
            null,
            true,
            "Relato de la prueba de conservación",
            "Nombre de prueba",
            null,
            "2291234567",
            null,
            "LLAMADA",
            null,
            null,
            null,
            null,
            "PORTAL"));
  }

  @Test
  void aClosedCasePastItsPeriodIsPurgedWholeAndTheOthersStay() throws Exception {
    LocalDate today = clock.today();
    IntakeReceipt expired = report();
    IntakeReceipt keptClosed = report();
    IntakeReceipt open = report();
    try (Connection c = dataSource.getConnection()) {
      close(c, expired.id(), today.minusDays(1));
      close(c, keptClosed.id(), today);
      update(
          c, "UPDATE PAVG_CASE SET RETAIN_UNTIL = ? WHERE ID = ?", today.minusDays(30), open.id());
      update(
          c,
          "INSERT INTO PAVG_ENTRY (ID, CASE_ID, KIND, AT_MS, ACTOR, KEY_ID, SEALED) VALUES (?, ?, 'NOTA', 0, 'prueba', 'k1', 'x')",
          900_000_000L + expired.id(),
          expired.id());
      update(
          c,
          "INSERT INTO PAVG_ASSIGNMENT (ID, CASE_ID, USERNAME, ASSIGNED_AT_MS, ASSIGNED_BY, ACTIVE) VALUES (?, ?, 'pavg.prueba', 0, 'prueba', TRUE)",
          900_000_000L + expired.id(),
          expired.id());
    }

    int purged = 0;
    int n;
    while ((n = batch.purgeCases(today, 100)) > 0) {
      purged += n;
    }
    assertThat(purged).isGreaterThanOrEqualTo(1);

    try (Connection c = dataSource.getConnection()) {
      assertThat(count(c, "SELECT COUNT(*) FROM PAVG_CASE WHERE ID = ?", expired.id())).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM PAVG_ENTRY WHERE CASE_ID = ?", expired.id()))
          .isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM PAVG_ASSIGNMENT WHERE CASE_ID = ?", expired.id()))
          .isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM PAVG_CASE WHERE ID = ?", keptClosed.id())).isOne();
      assertThat(count(c, "SELECT COUNT(*) FROM PAVG_CASE WHERE ID = ?", open.id())).isOne();
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM AUDIT_RECORD WHERE ACTION = 'pavg.retencion.purgar' AND ENTITY_ID = ?",
                  String.valueOf(expired.id())))
          .isOne();
    }
    // A second run finds nothing more of these.
    assertThat(batch.purgeCases(today, 100)).isZero();
  }

  @Test
  void finishedArcoRequestsPastTheirPeriodArePurged() throws Exception {
    LocalDate today = clock.today();
    long id = 900_000_000L + System.nanoTime() % 1_000_000L;
    try (Connection c = dataSource.getConnection()) {
      update(
          c,
          "INSERT INTO PAVG_ARCO (ID, FOLIO, KIND, STATUS, RECEIVED_ON, DUE_ON, RETAIN_UNTIL, CREATED_BY, KEY_ID, SEALED, VERSION)"
              + " VALUES (?, ?, 'ACCESO', 'EJECUTADA', ?, ?, ?, 'prueba', 'k1', 'x', 0)",
          id,
          "ARCO-2000-" + (id % 1_000_000L),
          today.minusYears(4),
          today.minusYears(4),
          today.minusDays(1));
    }
    int[] r = batch.purgeRecords(today);
    assertThat(r[0]).isGreaterThanOrEqualTo(1);
    try (Connection c = dataSource.getConnection()) {
      assertThat(count(c, "SELECT COUNT(*) FROM PAVG_ARCO WHERE ID = ?", id)).isZero();
    }
  }

  private static void close(Connection c, long id, LocalDate retainUntil) throws Exception {
    update(
        c,
        "UPDATE PAVG_CASE SET STATUS = 'CERRADO', CLOSE_REASON = 'ATENDIDO', CLOSED_AT_MS = 1, RETAIN_UNTIL = ? WHERE ID = ?",
        retainUntil,
        id);
  }

  private static void update(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      ps.executeUpdate();
    }
  }

  private static long count(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws Exception {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof LocalDate d) {
        ps.setDate(i + 1, Date.valueOf(d));
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }
}
