package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The {@code FOLIO_COUNTER} rows. Joins {@link FolioService}'s own transactions: its UPDATEs lock a
 * counter row until that transaction ends, which is what serialises concurrent callers.
 */
@ApplicationScoped
public class FolioRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public boolean counterExists(String type, int year) {
    return !em.createNativeQuery("SELECT 1 FROM FOLIO_COUNTER WHERE TIPO = ? AND ANIO = ?")
        .setParameter(1, type)
        .setParameter(2, year)
        .getResultList()
        .isEmpty();
  }

  public void createCounter(String type, int year) {
    em.createNativeQuery("INSERT INTO FOLIO_COUNTER (TIPO, ANIO, LAST_NUMBER) VALUES (?, ?, 0)")
        .setParameter(1, type)
        .setParameter(2, year)
        .executeUpdate();
  }

  /** Takes the next number (locking the counter's row); the number of rows updated. */
  public int increment(String type, int year) {
    return em.createNativeQuery(
            "UPDATE FOLIO_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 WHERE TIPO = ? AND ANIO = ?")
        .setParameter(1, type)
        .setParameter(2, year)
        .executeUpdate();
  }

  /** Adds {@code count} to the counter (locking its row); the number of rows updated. */
  public int advance(String type, int year, int count) {
    return em.createNativeQuery(
            "UPDATE FOLIO_COUNTER SET LAST_NUMBER = LAST_NUMBER + ? WHERE TIPO = ? AND ANIO = ?")
        .setParameter(1, count)
        .setParameter(2, type)
        .setParameter(3, year)
        .executeUpdate();
  }

  public long lastNumber(String type, int year) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT LAST_NUMBER FROM FOLIO_COUNTER WHERE TIPO = ? AND ANIO = ?")
                .setParameter(1, type)
                .setParameter(2, year)
                .getSingleResult())
        .longValue();
  }
}
