import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What the database itself needs for the writes a reconciliation must make (issue 14), next to
 * LOAD DATA of the same file: the floor under any implementation of the job on this database.
 * In one transaction, rolled back at the end (nothing stays), on MariaDB/MySQL:
 *
 *   1. LOAD DATA LOCAL INFILE of the bank file into an indexed staging table (the bench's reference);
 *   2. every detail line stored in PREDIAL_ARCHIVO_LINEA with an outcome classified in SQL (slip
 *      found and open and amount equal = paid, else one of the exceptions), one INSERT … SELECT;
 *   3. a payment per paid line in PREDIAL_PAGO (its folio, key, payer), one INSERT … SELECT;
 *   4. an allocation line per payment and owed year in PREDIAL_PAGO_LINEA, one INSERT … SELECT;
 *   5. the owed years credited, the slips marked paid and the predios' versions raised, three
 *      UPDATE … JOIN.
 *
 * No statement engine, no per-line rules, no checkpoints: the allocation is coarser than the job's
 * (a year is credited in full), so this is a lower bound of the database's work, not the job.
 *
 *   java -cp .payara/lib/mysql-connector-j-9.7.0.jar bench/ReconciliationFloorBench.java FILE \
 *       'jdbc:mysql://127.0.0.1:3306/ciudad_city?allowLoadLocalInfile=true&useSSL=false&allowPublicKeyRetrieval=true' root ''
 *
 * FILE is a file of bench/ReconciliationBench.java (-DgenerateOnly=true), its slips in the database.
 */
public class ReconciliationFloorBench {
  public static void main(String[] a) throws Exception {
    Path file = Path.of(a[0]);
    String url = a[1];
    long lines = Files.lines(file).count() - 2;
    try (Connection c = DriverManager.getConnection(url, a[2], a.length > 3 ? a[3] : "");
        Statement s = c.createStatement()) {
      s.execute("DROP TEMPORARY TABLE IF EXISTS FLOOR_STAGING");
      s.execute("CREATE TEMPORARY TABLE FLOOR_STAGING (ID BIGINT AUTO_INCREMENT PRIMARY KEY,"
          + " REFERENCIA VARCHAR(40), AMOUNT DECIMAL(14,2), PAID_AT DATETIME, CHANNEL VARCHAR(4),"
          + " AUTH VARCHAR(20), RAW VARCHAR(200), INDEX IX_FLOOR_REF (REFERENCIA)) ENGINE=InnoDB");
      c.setAutoCommit(false);
      long base = value(s, "SELECT MAX(GEN_VALUE) + 1000000 FROM ID_GEN");
      long archivo = base;
      double load = time(s, "LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE FLOOR_STAGING"
          + " FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (@l) SET RAW = @l,"
          + " REFERENCIA = TRIM(SUBSTRING(@l, 2, 20)), AMOUNT = SUBSTRING(@l, 22, 13) / 100,"
          + " PAID_AT = STR_TO_DATE(SUBSTRING(@l, 35, 14), '%Y%m%d%H%i%s'), CHANNEL = SUBSTRING(@l, 49, 2),"
          + " AUTH = TRIM(SUBSTRING(@l, 51, 10))");
      s.execute("INSERT INTO PREDIAL_ARCHIVO (ID, BANK, BUSINESS_DATE, SEQUENCE_NO, FILE_NAME, SHA256,"
          + " LAYOUT, STATUS, DECLARED_COUNT, DECLARED_TOTAL, RECONCILIATION_DATE, RECEIVED_AT, VERSION)"
          + " VALUES (" + archivo + ", 'FLOOR', CURRENT_DATE, 1, 'floor', SHA2(RAND(), 256), 'FIXED-80',"
          + " 'VALIDADO', " + lines + ", 0, CURRENT_DATE, NOW(), 1)");
      // which lines pay an open slip in full: computed once, as the job's matcher would
      s.execute("CREATE TEMPORARY TABLE FLOOR_PAID (ID BIGINT PRIMARY KEY, PREDIO_ID BIGINT, SLIP_ID BIGINT,"
          + " AMOUNT DECIMAL(14,2), PAID_AT DATETIME, REFERENCIA VARCHAR(40), AUTH VARCHAR(20)) ENGINE=InnoDB");
      double classify = time(s, "INSERT INTO FLOOR_PAID SELECT f.ID, r.PREDIO_ID, MIN(r.ID), f.AMOUNT,"
          + " f.PAID_AT, f.REFERENCIA, f.AUTH FROM FLOOR_STAGING f JOIN PREDIAL_REFERENCIA r"
          + " ON r.REFERENCIA = f.REFERENCIA WHERE r.STATUS = 'VIGENTE' AND r.AMOUNT = f.AMOUNT"
          + " AND DATE(f.PAID_AT) <= r.VALID_UNTIL GROUP BY f.ID");
      double storeLines = time(s, "INSERT INTO PREDIAL_ARCHIVO_LINEA (ID, ARCHIVO_ID, LINE_NO, REFERENCIA,"
          + " AMOUNT, PAID_AT, CHANNEL, AUTHORIZATION_CODE, RAW_LINE, OUTCOME, DETAIL, PAGO_ID, PREDIO_ID,"
          + " VERSION) SELECT " + base + " + f.ID, " + archivo + ", f.ID, f.REFERENCIA, f.AMOUNT, f.PAID_AT,"
          + " f.CHANNEL, f.AUTH, f.RAW, IF(p.ID IS NULL, 'DESCONOCIDA', 'APLICADO'),"
          + " IF(p.ID IS NULL, 'Sin formato abierto', CONCAT('Pago F-', f.ID)),"
          + " IF(p.ID IS NULL, NULL, " + base + " + f.ID), p.PREDIO_ID, 1"
          + " FROM FLOOR_STAGING f LEFT JOIN FLOOR_PAID p ON p.ID = f.ID");
      double payments = time(s, "INSERT INTO PREDIAL_PAGO (ID, FOLIO, PREDIO_ID, CHANNEL, CHANNEL_DETAIL,"
          + " EXTERNAL_KEY, AMOUNT, STATEMENT_DATE, SALDO_DESPUES, PAID_AT, PAYER_NAME, STATUS,"
          + " VERIFICATION_CODE, CREATED_AT, BANK, PAST_YEARS, VERSION)"
          + " SELECT " + base + " + p.ID, CONCAT('FLOOR-', p.ID), p.PREDIO_ID, 'BANCO',"
          + " CONCAT('BBVA · referencia ', p.REFERENCIA, ' · autorización ', p.AUTH),"
          + " CONCAT('floor:', p.ID), p.AMOUNT, CURRENT_DATE, 0, p.PAID_AT, COALESCE(pr.PROPIETARIOS, ''),"
          + " 'APLICADO', LEFT(MD5(p.ID), 16), NOW(), 'BBVA', 0, 1"
          + " FROM FLOOR_PAID p JOIN PREDIO pr ON pr.ID = p.PREDIO_ID");
      double allocation = time(s, "INSERT INTO PREDIAL_PAGO_LINEA (ID, PAGO_ID, FISCAL_YEAR, SURCHARGE, TAX,"
          + " DISCOUNT, CONDONATION, VERSION) SELECT " + base + " * 2 + ROW_NUMBER() OVER (), " + base
          + " + p.ID, y.FISCAL_YEAR, 0, y.ANNUAL_TAX - y.CREDITED_TAX, 0, 0, 1 FROM FLOOR_PAID p"
          + " JOIN PREDIAL_ANUALIDAD y ON y.PREDIO_ID = p.PREDIO_ID AND y.ANNUAL_TAX > y.CREDITED_TAX");
      double years = time(s, "UPDATE (SELECT DISTINCT PREDIO_ID FROM FLOOR_PAID) p STRAIGHT_JOIN"
          + " PREDIAL_ANUALIDAD y ON y.PREDIO_ID = p.PREDIO_ID SET y.CREDITED_TAX = y.ANNUAL_TAX,"
          + " y.VERSION = y.VERSION + 1 WHERE y.ANNUAL_TAX > y.CREDITED_TAX");
      double slips = time(s, "UPDATE FLOOR_PAID p STRAIGHT_JOIN PREDIAL_REFERENCIA r ON r.ID = p.SLIP_ID"
          + " SET r.STATUS = 'PAGADA', r.PAGO_ID = " + base + " + p.ID, r.VERSION = r.VERSION + 1");
      double predios = time(s, "UPDATE (SELECT DISTINCT PREDIO_ID FROM FLOOR_PAID) p STRAIGHT_JOIN PREDIO pr"
          + " ON pr.ID = p.PREDIO_ID SET pr.VERSION = pr.VERSION + 1, pr.UPDATED_AT = NOW()");
      long paid = value(s, "SELECT COUNT(*) FROM FLOOR_PAID");
      double commit = 0;
      c.rollback(); // nothing stays: the bench measures, the data set is untouched
      double writes = classify + storeLines + payments + allocation + years + slips + predios;
      System.out.printf("Líneas %d, pagadas %d%n", lines, paid);
      System.out.printf("LOAD DATA (tabla indexada): %.2f s = %.0f líneas/s%n", load, lines / load);
      System.out.printf("Clasificar %.2f s; líneas %.2f s; pagos %.2f s; aplicación %.2f s; anualidades %.2f s;"
          + " formatos %.2f s; predios %.2f s%n", classify, storeLines, payments, allocation, years, slips, predios);
      System.out.printf("Piso de la base de datos (carga + escrituras de la conciliación): %.2f s = %.0f líneas/s%n",
          load + writes + commit, lines / (load + writes));
      System.out.printf("Cociente piso / LOAD DATA: %.3f%n", load / (load + writes));
    }
  }

  static double time(Statement s, String sql) throws Exception {
    long t0 = System.nanoTime();
    s.execute(sql);
    return (System.nanoTime() - t0) / 1e9;
  }

  static long value(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
