package mx.gob.veracruz.pavg.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.pavg.CaseQuery;
import mx.gob.veracruz.pavg.PavgCodes.CaseStatus;
import mx.gob.veracruz.pavg.model.PavgAccess;
import mx.gob.veracruz.pavg.model.PavgArco;
import mx.gob.veracruz.pavg.model.PavgAssignment;
import mx.gob.veracruz.pavg.model.PavgCase;
import mx.gob.veracruz.pavg.model.PavgDocument;
import mx.gob.veracruz.pavg.model.PavgDuty;
import mx.gob.veracruz.pavg.model.PavgEntry;

/**
 * PAVG persistence. Queues filter and page in the database on the clear columns only; a
 * specialist's queue is restricted in the query itself to her active assignments.
 */
@ApplicationScoped
public class PavgRepository {
  private static final Map<String, String> SORTABLE =
      Map.of(
          "folio", "folio",
          "receivedAt", "receivedAtMillis",
          "protectionDue", "protectionDueMillis",
          "riskLevel", "riskLevel",
          "status", "status");

  /** The tables whose rows are sealed, for the key rotation. */
  public static final List<String> SEALED_TABLES =
      List.of("PAVG_CASE", "PAVG_ENTRY", "PAVG_DOCUMENT", "PAVG_ACCESS", "PAVG_ARCO");

  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public <T> T find(Class<T> type, Object id) {
    return em.find(type, id);
  }

  public Optional<PavgCase> byTracking(String hash) {
    return em.createNamedQuery("PavgCase.byTracking", PavgCase.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public Optional<PavgCase> byFolio(String folio) {
    return em.createNamedQuery("PavgCase.byFolio", PavgCase.class)
        .setParameter("folio", folio)
        .getResultStream()
        .findFirst();
  }

  // ---- queue -----------------------------------------------------------------------------------

  /** {@code assignee} non-null: only cases she is actively assigned to. */
  public List<PavgCase> list(CaseQuery q, String assignee, PageRequest page, long now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PavgCase> cq = cb.createQuery(PavgCase.class);
    Root<PavgCase> c = cq.from(PavgCase.class);
    cq.where(where(cb, cq, c, q, assignee, now).toArray(Predicate[]::new));
    List<Order> order = new ArrayList<>();
    String field = page.sortField() == null ? null : SORTABLE.get(page.sortField());
    if (field != null) {
      order.add(page.ascending() ? cb.asc(c.get(field)) : cb.desc(c.get(field)));
    } else {
      // The red flag first: open reports of immediate danger, then the oldest clock.
      order.add(
          cb.desc(
              cb.selectCase()
                  .when(
                      cb.and(
                          cb.isTrue(c.get("danger")),
                          cb.notEqual(c.get("status"), CaseStatus.CERRADO.name())),
                      1)
                  .otherwise(0)));
      order.add(cb.desc(c.get("receivedAtMillis")));
    }
    order.add(cb.desc(c.get("id")));
    cq.orderBy(order);
    return em.createQuery(cq)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(CaseQuery q, String assignee, long now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<PavgCase> c = cq.from(PavgCase.class);
    cq.select(cb.count(c)).where(where(cb, cq, c, q, assignee, now).toArray(Predicate[]::new));
    return em.createQuery(cq).getSingleResult();
  }

  private List<Predicate> where(
      CriteriaBuilder cb,
      CriteriaQuery<?> cq,
      Root<PavgCase> c,
      CaseQuery q,
      String assignee,
      long now) {
    List<Predicate> p = new ArrayList<>();
    if (assignee != null) {
      Subquery<Long> mine = cq.subquery(Long.class);
      Root<PavgAssignment> a = mine.from(PavgAssignment.class);
      mine.select(a.get("caseId"))
          .where(cb.equal(a.get("username"), assignee), cb.isTrue(a.get("active")));
      p.add(c.get("id").in(mine));
    }
    if (q.folio() != null && !q.folio().isBlank()) {
      p.add(cb.equal(c.get("folio"), q.folio().trim().toUpperCase(java.util.Locale.ROOT)));
    }
    if (q.status() != null && !q.status().isBlank()) {
      p.add(cb.equal(c.get("status"), q.status()));
    }
    if (q.openOnly()) {
      p.add(cb.notEqual(c.get("status"), CaseStatus.CERRADO.name()));
    }
    if (q.category() != null && !q.category().isBlank()) {
      // CATEGORIES is ",FISICA,SEXUAL," (delimited both ends), so a LIKE matches one code exactly.
      p.add(cb.like(c.get("categories"), "%," + q.category().replaceAll("[^A-Z_]", "") + ",%"));
    }
    if (q.coloniaId() != null) {
      p.add(cb.equal(c.get("coloniaId"), q.coloniaId()));
    }
    if (q.from() != null) {
      p.add(cb.ge(c.get("receivedAtMillis"), startOf(q.from())));
    }
    if (q.to() != null) {
      p.add(cb.lt(c.get("receivedAtMillis"), startOf(q.to().plusDays(1))));
    }
    if (q.dangerOnly()) {
      p.add(cb.isTrue(c.get("danger")));
    }
    if (q.overdueOnly()) {
      p.add(cb.isNull(c.get("protectionAtMillis")));
      p.add(cb.lt(c.get("protectionDueMillis"), now));
      p.add(cb.notEqual(c.get("status"), CaseStatus.CERRADO.name()));
    }
    return p;
  }

  private static long startOf(LocalDate d) {
    return d.atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli();
  }

  /** Active assignees of each case, for a page of the queue (one query). */
  public Map<Long, List<String>> assignees(List<Long> caseIds) {
    Map<Long, List<String>> out = new HashMap<>();
    if (caseIds.isEmpty()) {
      return out;
    }
    em.createQuery(
            "select a.caseId, a.username from PavgAssignment a where a.caseId in :ids and"
                + " a.active = true order by a.username",
            Object[].class)
        .setParameter("ids", caseIds)
        .getResultList()
        .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return out;
  }

  // ---- a case's parts --------------------------------------------------------------------------

  public List<PavgEntry> entries(Long caseId) {
    return em.createNamedQuery("PavgEntry.ofCase", PavgEntry.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public List<PavgDocument> documents(Long caseId) {
    return em.createNamedQuery("PavgDocument.ofCase", PavgDocument.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public List<PavgAssignment> assignments(Long caseId) {
    return em.createNamedQuery("PavgAssignment.ofCase", PavgAssignment.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public Optional<PavgAssignment> assignment(Long caseId, String username) {
    return em.createNamedQuery("PavgAssignment.one", PavgAssignment.class)
        .setParameter("caseId", caseId)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public boolean isAssigned(Long caseId, String username) {
    return assignment(caseId, username).map(PavgAssignment::isActive).orElse(false);
  }

  public List<PavgAccess> accesses(Long caseId) {
    return em.createNamedQuery("PavgAccess.ofCase", PavgAccess.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public boolean hasActiveAccess(Long caseId, String username, long now) {
    return !em.createNamedQuery("PavgAccess.active", PavgAccess.class)
        .setParameter("caseId", caseId)
        .setParameter("username", username)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  // ---- on duty ---------------------------------------------------------------------------------

  public List<PavgDuty> onDuty() {
    return em.createNamedQuery("PavgDuty.onDuty", PavgDuty.class).getResultList();
  }

  public List<PavgDuty> duties() {
    return em.createQuery("select d from PavgDuty d order by d.username", PavgDuty.class)
        .getResultList();
  }

  // ---- ARCO ------------------------------------------------------------------------------------

  public List<PavgArco> arcos(boolean openOnly, PageRequest page) {
    return em.createQuery(
            "select a from PavgArco a"
                + (openOnly ? " where a.status in ('REGISTRADA', 'PROCEDENTE')" : "")
                + " order by a.dueOn, a.id",
            PavgArco.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countArcos(boolean openOnly) {
    return em.createQuery(
            "select count(a) from PavgArco a"
                + (openOnly ? " where a.status in ('REGISTRADA', 'PROCEDENTE')" : ""),
            Long.class)
        .getSingleResult();
  }

  // ---- key rotation and retention --------------------------------------------------------------

  /** Up to {@code max} ids of a sealed table after {@code afterId} not sealed with {@code key}. */
  public List<Long> staleIds(String table, String key, long afterId, int max) {
    if (!SEALED_TABLES.contains(table)) {
      throw new IllegalArgumentException(table);
    }
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT ID FROM " + table + " WHERE KEY_ID <> ? AND ID > ? ORDER BY ID")
            .setParameter(1, key)
            .setParameter(2, afterId)
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Rows of each sealed table per key id (the rotation's progress and the status page). */
  public Map<String, Long> rowsByKey() {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (String t : SEALED_TABLES) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery("SELECT KEY_ID, COUNT(*) FROM " + t + " GROUP BY KEY_ID")
              .getResultList();
      rows.forEach(r -> out.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum));
    }
    return out;
  }

  public long countNotSealedWith(String key) {
    long n = 0;
    for (String t : SEALED_TABLES) {
      n +=
          ((Number)
                  em.createNativeQuery("SELECT COUNT(*) FROM " + t + " WHERE KEY_ID <> ?")
                      .setParameter(1, key)
                      .getSingleResult())
              .longValue();
    }
    return n;
  }

  public List<Long> expiredCases(LocalDate today, int max) {
    return em.createQuery(
            "select c.id from PavgCase c where c.retainUntil is not null and c.retainUntil <"
                + " :today and c.status = 'CERRADO' order by c.id",
            Long.class)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  /** Deletes a case and everything it holds (the audit trail keeps only who did what, when). */
  public void deleteCase(Long id) {
    for (String t : List.of("PAVG_ENTRY", "PAVG_DOCUMENT", "PAVG_ASSIGNMENT", "PAVG_ACCESS")) {
      em.createNativeQuery("DELETE FROM " + t + " WHERE CASE_ID = ?")
          .setParameter(1, id)
          .executeUpdate();
    }
    em.createNativeQuery("UPDATE PAVG_ARCO SET CASE_ID = NULL WHERE CASE_ID = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM PAVG_CASE WHERE ID = ?").setParameter(1, id).executeUpdate();
  }

  public int deleteExpiredArcos(LocalDate today) {
    return em.createNativeQuery(
            "DELETE FROM PAVG_ARCO WHERE RETAIN_UNTIL IS NOT NULL AND RETAIN_UNTIL < ?")
        .setParameter(1, today)
        .executeUpdate();
  }

  public int deleteAccessesBefore(long beforeMillis) {
    return em.createNativeQuery("DELETE FROM PAVG_ACCESS WHERE AT_MS < ?")
        .setParameter(1, beforeMillis)
        .executeUpdate();
  }
}
