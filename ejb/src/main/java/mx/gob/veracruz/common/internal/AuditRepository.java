package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.gob.veracruz.common.AuditEntry;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.AuditQuery;
import mx.gob.veracruz.common.ChainVerification;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.model.AuditRecord;

/**
 * The audit trail: appends for {@link AuditWriter} (the chain head row locked for the rest of the
 * caller's transaction), paged searches and a constant-memory walk of the hash chain.
 */
@ApplicationScoped
public class AuditRepository {
  private static final Set<String> SORTABLE =
      Set.of("seq", "occurredAt", "actor", "action", "entityType", "outcome");
  private static final int VERIFY_PAGE = 1_000;

  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  /** Writes the caller's pending changes, so the head lock below is held only for the append. */
  public void flush() {
    em.flush();
  }

  /**
   * Last sequence and hash of the chain, the head row locked (SELECT ... FOR UPDATE) until the
   * transaction ends: appends are serialised on every instance and sequences have no gaps.
   */
  public Object[] lockChainHead() {
    return (Object[])
        em.createNativeQuery(
                "SELECT LAST_SEQ, LAST_HASH FROM AUDIT_CHAIN_HEAD WHERE ID = 1 FOR UPDATE")
            .getSingleResult();
  }

  public void append(AuditRecord record, long seq, String hash) {
    em.persist(record);
    em.createNativeQuery("UPDATE AUDIT_CHAIN_HEAD SET LAST_SEQ = ?, LAST_HASH = ? WHERE ID = 1")
        .setParameter(1, seq)
        .setParameter(2, hash)
        .executeUpdate();
  }

  /**
   * Reads the chain head without locking it: the readiness probe's proof that the schema answers.
   */
  public void readChainHead() {
    em.createNativeQuery("SELECT LAST_SEQ FROM AUDIT_CHAIN_HEAD WHERE ID = 1").getSingleResult();
  }

  public Page<AuditEntry> search(AuditQuery q, PageRequest page) {
    return new Page<>(list(q, page), count(q));
  }

  /** One page of entries, no total. */
  public List<AuditEntry> list(AuditQuery q, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> cq = cb.createQuery(AuditRecord.class);
    Root<AuditRecord> r = cq.from(AuditRecord.class);
    cq.where(filters(cb, r, q));
    // Set.of(...).contains(null) throws: check null first; unknown fields fall back to newest
    // first.
    boolean known = page.sortField() != null && SORTABLE.contains(page.sortField());
    String sort = known ? page.sortField() : "seq";
    boolean asc = known && page.ascending();
    // The id breaks ties, so offset pages of an export neither repeat nor skip a row.
    cq.orderBy(
        asc ? cb.asc(r.get(sort)) : cb.desc(r.get(sort)),
        asc ? cb.asc(r.get("id")) : cb.desc(r.get("id")));
    return em
        .createQuery(cq)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(AuditRepository::entry)
        .toList();
  }

  /** How many entries match. */
  public long count(AuditQuery q) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditRecord> c = count.from(AuditRecord.class);
    count.select(cb.count(c)).where(filters(cb, c, q));
    return em.createQuery(count).getSingleResult();
  }

  public List<AuditEntry> historyOf(String entityType, String entityId, int max) {
    return em
        .createNamedQuery("AuditRecord.historyOf", AuditRecord.class)
        .setParameter("t", entityType)
        .setParameter("i", entityId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(AuditRepository::entry)
        .toList();
  }

  /**
   * Walks the chain in sequence order with keyset paging (memory stays flat at any size) up to the
   * head row, then checks that the walk ended exactly at the head: deleting the newest records
   * leaves the chain intact but no longer reaching the head's sequence and hash.
   */
  public ChainVerification verify() {
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT LAST_SEQ, LAST_HASH FROM AUDIT_CHAIN_HEAD WHERE ID = 1")
                .getSingleResult();
    long headSeq = ((Number) head[0]).longValue();
    String headHash = ((String) head[1]).trim();
    AuditHashChain.Verifier v = new AuditHashChain.Verifier(AuditHashChain.GENESIS);
    long lastSeq = 0;
    Long lastId = null;
    while (lastSeq < headSeq) {
      TypedQuery<AuditRecord> q = em.createNamedQuery("AuditRecord.chainPage", AuditRecord.class);
      List<AuditRecord> batch =
          q.setParameter("s", lastSeq)
              .setParameter("h", headSeq)
              .setMaxResults(VERIFY_PAGE)
              .getResultList();
      for (AuditRecord a : batch) {
        if (!v.accept(
            new AuditHashChain.ChainLink(
                a.getId(), a.content(), a.getPreviousHash(), a.getHash()))) {
          return result(v);
        }
        lastSeq = a.getSeq();
        lastId = a.getId();
      }
      em.clear();
      if (batch.size() < VERIFY_PAGE) {
        break;
      }
    }
    if (lastSeq != headSeq || (headSeq > 0 && !headHash.equals(v.lastHash()))) {
      return new ChainVerification(
          false,
          v.result().checked(),
          lastId,
          "La cadena termina en la secuencia "
              + lastSeq
              + " pero la cabeza indica "
              + headSeq
              + ": se eliminaron o reescribieron los registros más recientes");
    }
    return result(v);
  }

  private static ChainVerification result(AuditHashChain.Verifier v) {
    var r = v.result();
    return new ChainVerification(r.valid(), r.checked(), r.brokenAtId(), r.reason());
  }

  private static AuditOutcome outcome(String code) {
    try {
      return AuditOutcome.valueOf(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<AuditRecord> r, AuditQuery q) {
    List<Predicate> p = new ArrayList<>();
    if (notBlank(q.actor())) p.add(cb.equal(r.get("actor"), q.actor().trim()));
    if (notBlank(q.action())) p.add(cb.like(r.get("action"), q.action().trim() + "%"));
    if (notBlank(q.entityType())) p.add(cb.equal(r.get("entityType"), q.entityType().trim()));
    if (notBlank(q.entityId())) p.add(cb.equal(r.get("entityId"), q.entityId().trim()));
    if (notBlank(q.outcome())) {
      // An outcome that is not one of ours matches nothing (rather than failing the whole page).
      AuditOutcome wanted = outcome(q.outcome().trim());
      p.add(wanted == null ? cb.disjunction() : cb.equal(r.get("outcome"), wanted));
    }
    if (q.from() != null)
      p.add(
          cb.greaterThanOrEqualTo(
              r.get("occurredAt"), q.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
    if (q.to() != null)
      p.add(
          cb.lessThan(
              r.get("occurredAt"), q.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    return p.toArray(new Predicate[0]);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  static AuditEntry entry(AuditRecord a) {
    return new AuditEntry(
        a.getId(),
        a.getSeq(),
        a.getOccurredAt(),
        a.getActor(),
        a.getAction(),
        a.getEntityType(),
        a.getEntityId(),
        a.getOutcome().name(),
        a.getCorrelationId(),
        a.getClientAddress(),
        a.getDetail(),
        a.getHash());
  }
}
