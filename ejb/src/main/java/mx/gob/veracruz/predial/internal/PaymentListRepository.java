package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.predial.PaymentQuery;
import mx.gob.veracruz.predial.PaymentRow;

/**
 * The payments of a range of days, paged in the database by payment time (index {@code
 * IX_PAGO_PAID_AT}, or {@code IX_PAGO_CHANNEL_PAID} with a channel); the export walks it by keyset
 * (time, id).
 */
@ApplicationScoped
public class PaymentListRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  private record Sql(String where, List<Object> params) {}

  private static Sql where(PaymentQuery q) {
    List<Object> p = new ArrayList<>();
    StringBuilder w = new StringBuilder(" WHERE p.PAID_AT >= ? AND p.PAID_AT < ?");
    p.add(Timestamp.from(q.from().atStartOfDay(CityClock.ZONE).toInstant()));
    p.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(CityClock.ZONE).toInstant()));
    if (q.appliedOnly()) {
      w.append(" AND p.STATUS = 'APLICADO'");
    }
    if (q.channel() != null && !q.channel().isBlank()) {
      w.append(" AND p.CHANNEL = ?");
      p.add(q.channel());
    }
    if (q.bank() != null && !q.bank().isBlank()) {
      w.append(" AND p.BANK = ?");
      p.add(q.bank());
    }
    if (q.folio() != null && !q.folio().isBlank()) {
      w.append(" AND p.FOLIO LIKE ?");
      p.add(q.folio().trim().toUpperCase().replace("%", "").replace("_", "") + "%");
    }
    return new Sql(w.toString(), p);
  }

  private static final String COLUMNS =
      "SELECT p.ID, p.FOLIO, p.PAID_AT, p.CHANNEL, p.BANK, pr.CLAVE_CATASTRAL, p.PAYER_NAME,"
          + " p.AMOUNT, p.STATUS, p.PREDIO_ID FROM PREDIAL_PAGO p JOIN PREDIO pr ON pr.ID = p.PREDIO_ID";

  public long count(PaymentQuery q) {
    Sql s = where(q);
    Query query = em.createNativeQuery("SELECT COUNT(*) FROM PREDIAL_PAGO p" + s.where());
    bind(query, s.params());
    return ((Number) query.getSingleResult()).longValue();
  }

  /** The sum of the listed payments' amounts (the list's footer). */
  public BigDecimal total(PaymentQuery q) {
    Sql s = where(q);
    Query query =
        em.createNativeQuery("SELECT COALESCE(SUM(p.AMOUNT), 0) FROM PREDIAL_PAGO p" + s.where());
    bind(query, s.params());
    Object o = query.getSingleResult();
    return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString()))
        .setScale(2, java.math.RoundingMode.HALF_UP);
  }

  public List<PaymentRow> page(PaymentQuery q, PageRequest page) {
    Sql s = where(q);
    String dir = page.ascending() ? "ASC" : "DESC";
    Query query =
        em.createNativeQuery(COLUMNS + s.where() + " ORDER BY p.PAID_AT " + dir + ", p.ID " + dir);
    bind(query, s.params());
    query.setFirstResult(page.first());
    query.setMaxResults(page.size());
    return rows(query);
  }

  /** The page after (paidAt, id) in ascending or descending order. */
  public List<PaymentRow> after(
      PaymentQuery q, boolean ascending, Instant lastAt, Long lastId, int size) {
    Sql s = where(q);
    List<Object> params = new ArrayList<>(s.params());
    String w = s.where();
    String op = ascending ? ">" : "<";
    if (lastAt != null) {
      w += " AND (p.PAID_AT " + op + " ? OR (p.PAID_AT = ? AND p.ID " + op + " ?))";
      params.add(Timestamp.from(lastAt));
      params.add(Timestamp.from(lastAt));
      params.add(lastId);
    }
    String dir = ascending ? "ASC" : "DESC";
    Query query =
        em.createNativeQuery(COLUMNS + w + " ORDER BY p.PAID_AT " + dir + ", p.ID " + dir);
    bind(query, params);
    query.setMaxResults(size);
    return rows(query);
  }

  private static void bind(Query q, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<PaymentRow> rows(Query q) {
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r ->
                new PaymentRow(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] instanceof Timestamp t
                        ? t.toInstant()
                        : ((java.time.LocalDateTime) r[2])
                            .atZone(java.time.ZoneOffset.UTC)
                            .toInstant(),
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[9]).longValue(),
                    (String) r[5],
                    (String) r[6],
                    r[7] instanceof BigDecimal b ? b : new BigDecimal(r[7].toString()),
                    (String) r[8]))
        .toList();
  }
}
