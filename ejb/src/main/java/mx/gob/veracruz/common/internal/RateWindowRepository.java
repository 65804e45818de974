package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The rate limiter's windows: one atomic upsert per hit ({@code INSERT … ON DUPLICATE KEY UPDATE}
 * on MySQL/MariaDB, {@code MERGE} on H2), so two instances never lose a hit or collide.
 */
@ApplicationScoped
public class RateWindowRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  private volatile Boolean mysql;

  public int hit(String bucket, long windowStart) {
    String sql =
        isMysql()
            ? "INSERT INTO RATE_WINDOW (BUCKET, WINDOW_START_MS, HITS) VALUES (?1, ?2, 1)"
                + " ON DUPLICATE KEY UPDATE HITS = HITS + 1"
            : "MERGE INTO RATE_WINDOW t USING (VALUES (CAST(?1 AS VARCHAR(160)), CAST(?2 AS BIGINT)))"
                + " s(B, W) ON t.BUCKET = s.B AND t.WINDOW_START_MS = s.W"
                + " WHEN MATCHED THEN UPDATE SET HITS = t.HITS + 1"
                + " WHEN NOT MATCHED THEN INSERT (BUCKET, WINDOW_START_MS, HITS) VALUES (s.B, s.W, 1)";
    em.createNativeQuery(sql).setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
    return ((Number)
            em.createNativeQuery(
                    "SELECT HITS FROM RATE_WINDOW WHERE BUCKET = ?1 AND WINDOW_START_MS = ?2")
                .setParameter(1, bucket)
                .setParameter(2, windowStart)
                .getSingleResult())
        .intValue();
  }

  public void purgeBefore(long windowStart) {
    em.createNativeQuery("DELETE FROM RATE_WINDOW WHERE WINDOW_START_MS < ?1")
        .setParameter(1, windowStart)
        .executeUpdate();
  }

  private boolean isMysql() {
    Boolean m = mysql;
    if (m == null) {
      try {
        Connection c = em.unwrap(Connection.class);
        String product = c.getMetaData().getDatabaseProductName().toLowerCase();
        m = product.contains("mysql") || product.contains("mariadb");
      } catch (SQLException | RuntimeException e) {
        throw new IllegalStateException("No se pudo saber el tipo de base de datos", e);
      }
      mysql = m;
    }
    return m;
  }
}
