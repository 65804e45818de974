package mx.gob.veracruz.cobros.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.veracruz.cobros.model.Cobro;
import mx.gob.veracruz.cobros.model.ConceptoIngreso;

/** Charges and revenue concepts. A charge being paid is read with a write lock. */
@ApplicationScoped
public class CobrosRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<ConceptoIngreso> concept(String code) {
    return Optional.ofNullable(code == null ? null : em.find(ConceptoIngreso.class, code));
  }

  public List<ConceptoIngreso> activeConcepts() {
    return em.createNamedQuery("ConceptoIngreso.active", ConceptoIngreso.class).getResultList();
  }

  public Optional<Cobro> byFolio(String folio) {
    return one("Cobro.byFolio", "folio", folio, false);
  }

  public Optional<Cobro> lockByFolio(String folio) {
    return one("Cobro.byFolio", "folio", folio, true);
  }

  /** Which of these bank references are cobros' slips (at most 1000). */
  public java.util.List<String> referenciasIn(java.util.Collection<String> refs) {
    return em.createNamedQuery("Cobro.referenciasIn", String.class)
        .setParameter("refs", refs)
        .getResultList();
  }

  public Optional<Cobro> lockByReferencia(String referencia) {
    return one("Cobro.byReferencia", "referencia", referencia, true);
  }

  public Optional<Cobro> lockByChargeId(String chargeId) {
    return one("Cobro.byChargeId", "chargeId", chargeId, true);
  }

  public Optional<Cobro> byChargeId(String chargeId) {
    return one("Cobro.byChargeId", "chargeId", chargeId, false);
  }

  public Optional<Cobro> byReceipt(String receipt) {
    return one("Cobro.byReceipt", "receipt", receipt, false);
  }

  public List<Cobro> bySubject(String module, String subject) {
    return em.createNamedQuery("Cobro.bySubject", Cobro.class)
        .setParameter("module", module)
        .setParameter("subject", subject)
        .getResultList();
  }

  private Optional<Cobro> one(String query, String param, String value, boolean lock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    var q = em.createNamedQuery(query, Cobro.class).setParameter(param, value);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream().findFirst();
  }

  /** The treasury's list, filtered and paged in the database, newest first unless sorted. */
  public List<Cobro> search(
      mx.gob.veracruz.cobros.CobroFilter f, mx.gob.veracruz.common.PageRequest page) {
    String sort =
        switch (page.sortField() == null ? "" : page.sortField()) {
          case "folio" -> "c.folio";
          case "amount" -> "c.amount";
          case "status" -> "c.status";
          case "paidAt" -> "c.paidAt";
          default -> "c.issuedAt";
        };
    var q =
        query(
            "select c",
            f,
            " order by " + sort + (page.ascending() ? " asc" : " desc") + ", c.id desc",
            Cobro.class);
    return q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  public long count(mx.gob.veracruz.cobros.CobroFilter f) {
    return query("select count(c)", f, "", Long.class).getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> query(
      String select, mx.gob.veracruz.cobros.CobroFilter f, String order, Class<T> type) {
    StringBuilder q = new StringBuilder(select + " from Cobro c where 1 = 1");
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    if (f.text() != null && !f.text().isBlank()) {
      q.append(
          " and (c.folio like :t or c.subject like :t or c.referencia like :t or c.receiptFolio like :t)");
      p.put("t", "%" + f.text().trim().toUpperCase().replace("%", "").replace("_", "") + "%");
    }
    if (f.module() != null && !f.module().isBlank()) {
      q.append(" and c.module = :module");
      p.put("module", f.module());
    }
    if (f.status() != null && !f.status().isBlank()) {
      q.append(" and c.status = :status");
      p.put("status", mx.gob.veracruz.cobros.model.CobroStatus.valueOf(f.status()));
    }
    if (f.from() != null) {
      q.append(" and c.issuedAt >= :from");
      p.put("from", f.from().atStartOfDay(mx.gob.veracruz.common.CityClock.ZONE).toInstant());
    }
    if (f.to() != null) {
      q.append(" and c.issuedAt < :to");
      p.put(
          "to", f.to().plusDays(1).atStartOfDay(mx.gob.veracruz.common.CityClock.ZONE).toInstant());
    }
    var query = em.createQuery(q + order, type);
    p.forEach(query::setParameter);
    return query;
  }

  /** {count, sum} of the cobros paid in a cash session. */
  public Object[] sessionTotals(long sessionId) {
    return em.createQuery(
            "select count(c), sum(c.amount) from Cobro c where c.cajaSesionId = :s and c.status = :paid",
            Object[].class)
        .setParameter("s", sessionId)
        .setParameter("paid", mx.gob.veracruz.cobros.model.CobroStatus.PAGADO)
        .getSingleResult();
  }
}
