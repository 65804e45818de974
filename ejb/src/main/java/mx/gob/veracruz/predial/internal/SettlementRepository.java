package mx.gob.veracruz.predial.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The reconciliation's set-based path in plain JDBC, on the chunk transaction's own connection (the
 * container shares it with the persistence context): lines stored and classified, a chunk's working
 * set read in a few {@code in} queries (the predios locked in id order), and every write sent as
 * one JDBC batch per table — multi-row inserts and one round trip of updates on MySQL with {@code
 * rewriteBatchedStatements}, plain batches on H2. No managed entity, so no change tracking: that
 * was three quarters of the job's CPU (issue 14). Updates are guarded by the row's version or by
 * {@code OUTCOME IS NULL}, and a guard that matches nothing rolls the chunk back.
 */
@ApplicationScoped
public class SettlementRepository {
  @Resource(lookup = "jdbc/veracruz")
  private DataSource ds;

  /** A detail line as stored by the load step. */
  public record NewLine(
      long id,
      long archivoId,
      int lineNo,
      String rawLine,
      String referencia,
      BigDecimal amount,
      Instant paidAt,
      String channel,
      String authorization,
      String outcome,
      String detail) {}

  /** A line still without an outcome. */
  public record PendingLine(
      long id,
      long archivoId,
      String referencia,
      BigDecimal amount,
      Instant paidAt,
      String authorization) {}

  /** A slip (bank reference) as the matcher needs it. */
  public record Slip(
      long id,
      String referencia,
      long predioId,
      BigDecimal amount,
      LocalDate statementDate,
      LocalDate validUntil,
      String status,
      Long pagoId) {}

  /** A predio locked for the chunk, with what its statement and receipt need. */
  public record LockedPredio(
      long id, String clave, String propietarios, String calle, String numero, long version) {}

  /** One fiscal year of a predio; its credits change as the chunk posts (in memory until flush). */
  public static final class Year {
    final long id;
    final long predioId;
    final int fiscalYear;
    final BigDecimal annualTax;
    BigDecimal creditedTax;
    BigDecimal creditedSurcharge;
    final long version;
    boolean changed;

    Year(
        long id,
        long predioId,
        int fiscalYear,
        BigDecimal annualTax,
        BigDecimal creditedTax,
        BigDecimal creditedSurcharge,
        long version) {
      this.id = id;
      this.predioId = predioId;
      this.fiscalYear = fiscalYear;
      this.annualTax = annualTax;
      this.creditedTax = creditedTax;
      this.creditedSurcharge = creditedSurcharge;
      this.version = version;
    }
  }

  /** A payment to insert. */
  public record NewPayment(
      long id,
      String folio,
      long predioId,
      String channel,
      String channelDetail,
      String externalKey,
      BigDecimal amount,
      LocalDate statementDate,
      BigDecimal balanceAfter,
      Instant paidAt,
      String payerName,
      String status,
      String verificationCode,
      Instant createdAt,
      String bank,
      boolean pastYears) {}

  /** One allocation line of a payment to insert. */
  public record NewPaymentLine(
      long id,
      long pagoId,
      int fiscalYear,
      BigDecimal surcharge,
      BigDecimal tax,
      BigDecimal discount,
      BigDecimal condonation) {}

  /** A line's outcome. */
  public record LineResult(long id, String outcome, String detail, Long pagoId, Long predioId) {}

  public void insertLines(List<NewLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    batch(
        "INSERT INTO PREDIAL_ARCHIVO_LINEA (ID, ARCHIVO_ID, LINE_NO, RAW_LINE, REFERENCIA, AMOUNT,"
            + " PAID_AT, CHANNEL, AUTHORIZATION_CODE, OUTCOME, DETAIL, VERSION)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,1)",
        lines,
        (s, l) -> {
          s.setLong(1, l.id());
          s.setLong(2, l.archivoId());
          s.setInt(3, l.lineNo());
          s.setString(4, l.rawLine());
          s.setString(5, l.referencia());
          s.setBigDecimal(6, l.amount());
          s.setTimestamp(7, ts(l.paidAt()));
          s.setString(8, l.channel());
          s.setString(9, l.authorization());
          s.setString(10, l.outcome());
          s.setString(11, l.detail());
        },
        false);
  }

  /** These lines, skipping those that already have an outcome (a restarted chunk), by id. */
  public List<PendingLine> pendingLines(List<Long> ids) {
    List<PendingLine> out = new ArrayList<>(ids.size());
    for (List<Long> part : parts(ids)) {
      query(
          // OUTCOME tested here, not in SQL: "OUTCOME IS NULL" made MariaDB read every pending
          // line of the file through its index instead of these ids by primary key
          "SELECT ID, ARCHIVO_ID, REFERENCIA, AMOUNT, PAID_AT, AUTHORIZATION_CODE, OUTCOME"
              + " FROM PREDIAL_ARCHIVO_LINEA WHERE ID IN ("
              + marks(part.size())
              + ")",
          part,
          rs -> {
            if (rs.getString(7) == null) {
              out.add(
                  new PendingLine(
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getString(3),
                      rs.getBigDecimal(4),
                      instant(rs.getTimestamp(5)),
                      rs.getString(6)));
            }
          });
    }
    out.sort(java.util.Comparator.comparingLong(PendingLine::id));
    return out;
  }

  public Map<String, Slip> slips(Collection<String> refs) {
    Map<String, Slip> out = new HashMap<>();
    for (List<String> part : parts(new ArrayList<>(refs))) {
      query(
          "SELECT ID, REFERENCIA, PREDIO_ID, AMOUNT, STATEMENT_DATE, VALID_UNTIL, STATUS, PAGO_ID"
              + " FROM PREDIAL_REFERENCIA WHERE REFERENCIA IN ("
              + marks(part.size())
              + ")",
          part,
          rs -> {
            long pago = rs.getLong(8);
            Long pagoId = rs.wasNull() ? null : pago;
            out.put(
                rs.getString(2),
                new Slip(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getBigDecimal(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7),
                    pagoId));
          });
    }
    return out;
  }

  /** The keys among these under which a payment was already posted. */
  public java.util.Set<String> postedKeys(Collection<String> keys) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (List<String> part : parts(new ArrayList<>(keys))) {
      query(
          "SELECT EXTERNAL_KEY FROM PREDIAL_PAGO WHERE EXTERNAL_KEY IN ("
              + marks(part.size())
              + ")",
          part,
          rs -> out.add(rs.getString(1)));
    }
    return out;
  }

  /**
   * Locks these predios for the chunk (in id order, so two chunks never deadlock) and reads them.
   */
  public Map<Long, LockedPredio> lockPredios(Collection<Long> ids) {
    Map<Long, LockedPredio> out = new HashMap<>();
    List<Long> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    for (List<Long> part : parts(sorted)) {
      query(
          "SELECT ID, CLAVE_CATASTRAL, PROPIETARIOS, CALLE, NUMERO, VERSION FROM PREDIO"
              + " WHERE ID IN ("
              + marks(part.size())
              + ") ORDER BY ID FOR UPDATE",
          part,
          rs ->
              out.put(
                  rs.getLong(1),
                  new LockedPredio(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getLong(6))));
    }
    return out;
  }

  /** Every year of these predios, by predio, in fiscal-year order. */
  public Map<Long, List<Year>> years(Collection<Long> predioIds) {
    Map<Long, List<Year>> out = new HashMap<>();
    for (List<Long> part : parts(new ArrayList<>(predioIds))) {
      query(
          "SELECT ID, PREDIO_ID, FISCAL_YEAR, ANNUAL_TAX, CREDITED_TAX, CREDITED_SURCHARGE, VERSION"
              + " FROM PREDIAL_ANUALIDAD WHERE PREDIO_ID IN ("
              + marks(part.size())
              + ") ORDER BY PREDIO_ID, FISCAL_YEAR",
          part,
          rs ->
              out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                  .add(
                      new Year(
                          rs.getLong(1),
                          rs.getLong(2),
                          rs.getInt(3),
                          rs.getBigDecimal(4),
                          rs.getBigDecimal(5),
                          rs.getBigDecimal(6),
                          rs.getLong(7))));
    }
    return out;
  }

  /** The predios among these with an active special discount. */
  public java.util.Set<Long> withActiveBenefit(Collection<Long> predioIds) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    for (List<Long> part : parts(new ArrayList<>(predioIds))) {
      query(
          "SELECT PREDIO_ID FROM PREDIAL_BENEFICIO WHERE ACTIVE_CURP IS NOT NULL AND PREDIO_ID IN ("
              + marks(part.size())
              + ")",
          part,
          rs -> out.add(rs.getLong(1)));
    }
    return out;
  }

  public void insertPayments(List<NewPayment> payments) {
    batch(
        "INSERT INTO PREDIAL_PAGO (ID, FOLIO, PREDIO_ID, CHANNEL, CHANNEL_DETAIL, EXTERNAL_KEY,"
            + " AMOUNT, STATEMENT_DATE, SALDO_DESPUES, PAID_AT, PAYER_NAME, STATUS,"
            + " VERIFICATION_CODE, CREATED_AT, BANK, PAST_YEARS, VERSION)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
        payments,
        (s, p) -> {
          s.setLong(1, p.id());
          s.setString(2, p.folio());
          s.setLong(3, p.predioId());
          s.setString(4, p.channel());
          s.setString(5, p.channelDetail());
          s.setString(6, p.externalKey());
          s.setBigDecimal(7, p.amount());
          s.setObject(8, p.statementDate());
          s.setBigDecimal(9, p.balanceAfter());
          s.setTimestamp(10, ts(p.paidAt()));
          s.setString(11, p.payerName());
          s.setString(12, p.status());
          s.setString(13, p.verificationCode());
          s.setTimestamp(14, ts(p.createdAt()));
          s.setString(15, p.bank());
          s.setShort(16, (short) (p.pastYears() ? 1 : 0));
        },
        false);
  }

  public void insertPaymentLines(List<NewPaymentLine> lines) {
    batch(
        "INSERT INTO PREDIAL_PAGO_LINEA (ID, PAGO_ID, FISCAL_YEAR, SURCHARGE, TAX, DISCOUNT,"
            + " CONDONATION, VERSION) VALUES (?,?,?,?,?,?,?,1)",
        lines,
        (s, l) -> {
          s.setLong(1, l.id());
          s.setLong(2, l.pagoId());
          s.setInt(3, l.fiscalYear());
          s.setBigDecimal(4, l.surcharge());
          s.setBigDecimal(5, l.tax());
          s.setBigDecimal(6, l.discount());
          s.setBigDecimal(7, l.condonation());
        },
        false);
  }

  /** The years' new credits, each guarded by the version read with the chunk. */
  public void updateYears(List<Year> years) {
    if (years.isEmpty()) {
      return;
    }
    if (mysql()) {
      stage(
          'A',
          years,
          (s, y) -> {
            s.setLong(2, y.id);
            s.setString(3, null);
            s.setString(4, null);
            s.setLong(5, y.version);
            s.setNull(6, Types.BIGINT);
            s.setBigDecimal(7, y.creditedTax);
            s.setBigDecimal(8, y.creditedSurcharge);
          });
      guard(
          update(
              "UPDATE TMP_CONCILIACION t STRAIGHT_JOIN PREDIAL_ANUALIDAD a ON a.ID = t.ID"
                  + " SET a.CREDITED_TAX = t.D1, a.CREDITED_SURCHARGE = t.D2,"
                  + " a.VERSION = a.VERSION + 1 WHERE t.KIND = 'A' AND a.VERSION = t.N1",
              s -> {}),
          years.size(),
          "PREDIAL_ANUALIDAD");
      return;
    }
    batch(
        "UPDATE PREDIAL_ANUALIDAD SET CREDITED_TAX = ?, CREDITED_SURCHARGE = ?,"
            + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?",
        years,
        (s, y) -> {
          s.setBigDecimal(1, y.creditedTax);
          s.setBigDecimal(2, y.creditedSurcharge);
          s.setLong(3, y.id);
          s.setLong(4, y.version);
        },
        true);
  }

  /**
   * The predios paid in this chunk: a new version (as JPA's optimistic force-increment does, so a
   * cashier's statement read before it can no longer be posted) and the time they changed. One
   * statement per thousand: the chunk holds their row locks since {@link #lockPredios}.
   */
  public void touchPredios(List<LockedPredio> predios, Instant now) {
    for (List<LockedPredio> part : parts(predios)) {
      int n =
          update(
              "UPDATE PREDIO SET VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID IN ("
                  + marks(part.size())
                  + ")",
              s -> {
                s.setTimestamp(1, ts(now));
                for (int i = 0; i < part.size(); i++) {
                  s.setLong(i + 2, part.get(i).id());
                }
              });
      guard(n, part.size(), "PREDIO");
    }
  }

  /** Slips paid in full: PAGADA with their payment. */
  public void paySlips(Map<Long, Long> pagoBySlip) {
    if (pagoBySlip.isEmpty()) {
      return;
    }
    List<Map.Entry<Long, Long>> slips = new ArrayList<>(pagoBySlip.entrySet());
    if (mysql()) {
      stage(
          'R',
          slips,
          (s, e) -> {
            s.setLong(2, e.getKey());
            s.setString(3, null);
            s.setString(4, null);
            s.setLong(5, e.getValue());
            s.setNull(6, Types.BIGINT);
            s.setNull(7, Types.DECIMAL);
            s.setNull(8, Types.DECIMAL);
          });
      guard(
          update(
              "UPDATE TMP_CONCILIACION t STRAIGHT_JOIN PREDIAL_REFERENCIA r ON r.ID = t.ID"
                  + " SET r.STATUS = 'PAGADA', r.PAGO_ID = t.N1, r.VERSION = r.VERSION + 1"
                  + " WHERE t.KIND = 'R' AND r.STATUS <> 'PAGADA'",
              s -> {}),
          slips.size(),
          "PREDIAL_REFERENCIA");
      return;
    }
    batch(
        "UPDATE PREDIAL_REFERENCIA SET STATUS = 'PAGADA', PAGO_ID = ?, VERSION = VERSION + 1"
            + " WHERE ID = ? AND STATUS <> 'PAGADA'",
        slips,
        (s, e) -> {
          s.setLong(1, e.getValue());
          s.setLong(2, e.getKey());
        },
        true);
  }

  /** Outcomes; a line that already has one (another execution got there first) fails the chunk. */
  public void setOutcomes(List<LineResult> results) {
    if (results.isEmpty()) {
      return;
    }
    if (mysql()) {
      stage(
          'L',
          results,
          (s, r) -> {
            s.setLong(2, r.id());
            s.setString(3, r.outcome());
            s.setString(4, r.detail());
            setLong(s, 5, r.pagoId());
            setLong(s, 6, r.predioId());
            s.setNull(7, Types.DECIMAL);
            s.setNull(8, Types.DECIMAL);
          });
      guard(
          update(
              "UPDATE TMP_CONCILIACION t STRAIGHT_JOIN PREDIAL_ARCHIVO_LINEA l ON l.ID = t.ID"
                  + " SET l.OUTCOME = t.S1, l.DETAIL = t.S2, l.PAGO_ID = t.N1, l.PREDIO_ID = t.N2,"
                  + " l.VERSION = l.VERSION + 1 WHERE t.KIND = 'L' AND l.OUTCOME IS NULL",
              s -> {}),
          results.size(),
          "PREDIAL_ARCHIVO_LINEA");
      return;
    }
    batch(
        "UPDATE PREDIAL_ARCHIVO_LINEA SET OUTCOME = ?, DETAIL = ?, PAGO_ID = ?, PREDIO_ID = ?,"
            + " VERSION = VERSION + 1 WHERE ID = ? AND OUTCOME IS NULL",
        results,
        (s, r) -> {
          s.setString(1, r.outcome());
          s.setString(2, r.detail());
          setLong(s, 3, r.pagoId());
          setLong(s, 4, r.predioId());
          s.setLong(5, r.id());
        },
        true);
  }

  /**
   * MySQL/MariaDB: the chunk's new values of one kind go into a connection-local temporary table in
   * one multi-row insert, then one {@code UPDATE … JOIN} applies them (issue 14: one UPDATE per row
   * was most of the database's time). Transactional (InnoDB): a rolled-back chunk leaves nothing.
   */
  private <T> void stage(char kind, List<T> items, Binder<T> binder) {
    try (Connection c = ds.getConnection()) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute(
            "CREATE TEMPORARY TABLE IF NOT EXISTS TMP_CONCILIACION (KIND CHAR(1) NOT NULL,"
                + " ID BIGINT NOT NULL, S1 VARCHAR(16), S2 VARCHAR(300), N1 BIGINT, N2 BIGINT,"
                + " D1 DECIMAL(14,2), D2 DECIMAL(14,2), PRIMARY KEY (KIND, ID)) ENGINE=InnoDB");
      }
      try (PreparedStatement d =
          c.prepareStatement("DELETE FROM TMP_CONCILIACION WHERE KIND = ?")) {
        d.setString(1, String.valueOf(kind));
        d.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Tabla de paso de la conciliación: " + e.getMessage(), e);
    }
    batch(
        "INSERT INTO TMP_CONCILIACION (KIND, ID, S1, S2, N1, N2, D1, D2) VALUES (?,?,?,?,?,?,?,?)",
        items,
        (s, item) -> {
          s.setString(1, String.valueOf(kind));
          binder.bind(s, item);
        },
        false);
  }

  private Boolean mysql;

  /** MySQL or MariaDB (the staged path); H2, the first-run database, takes plain batches. */
  private boolean mysql() {
    Boolean m = mysql;
    if (m == null) {
      try (Connection c = ds.getConnection()) {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase();
        m = product.contains("mysql") || product.contains("mariadb");
      } catch (SQLException e) {
        throw new IllegalStateException("No se pudo saber el tipo de base de datos", e);
      }
      mysql = m;
    }
    return m;
  }

  interface Setter {
    void set(PreparedStatement s) throws SQLException;
  }

  private int update(String sql, Setter setter) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      setter.set(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Escritura de la conciliación fallida: " + e.getMessage(), e);
    }
  }

  private static void guard(int changed, int expected, String table) {
    if (changed != expected) {
      throw new jakarta.persistence.OptimisticLockException(
          "Otra transacción cambió filas de "
              + table
              + " durante la conciliación ("
              + changed
              + " de "
              + expected
              + ")");
    }
  }

  // ---------------------------------------------------------------------------------------------

  interface Binder<T> {
    void bind(PreparedStatement s, T item) throws SQLException;
  }

  interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private <T> void batch(String sql, List<T> items, Binder<T> binder, boolean guarded) {
    if (items.isEmpty()) {
      return;
    }
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int n = 0;
      for (T item : items) {
        binder.bind(s, item);
        s.addBatch();
        if (++n % 1000 == 0) {
          check(s.executeBatch(), guarded, sql);
        }
      }
      if (n % 1000 != 0) {
        check(s.executeBatch(), guarded, sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Escritura de la conciliación fallida: " + e.getMessage(), e);
    }
  }

  private static void check(int[] counts, boolean guarded, String sql) {
    if (!guarded) {
      return;
    }
    for (int c : counts) {
      if (c != 1 && c != java.sql.Statement.SUCCESS_NO_INFO) {
        throw new jakarta.persistence.OptimisticLockException(
            "Otra transacción cambió una fila de la conciliación: "
                + sql.substring(0, sql.indexOf(' ', 7)));
      }
    }
  }

  private void query(String sql, List<?> params, RowHandler handler) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          handler.row(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Lectura de la conciliación fallida: " + e.getMessage(), e);
    }
  }

  private static <T> List<List<T>> parts(List<T> all) {
    return Reconciler.parts(all);
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, v);
    }
  }
}
