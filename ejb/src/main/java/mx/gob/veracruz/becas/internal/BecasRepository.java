package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.veracruz.becas.model.BecaCambio;
import mx.gob.veracruz.becas.model.BecaDispersion;
import mx.gob.veracruz.becas.model.BecaDocumentoRow;
import mx.gob.veracruz.becas.model.BecaEvento;
import mx.gob.veracruz.becas.model.BecaOrden;
import mx.gob.veracruz.becas.model.BecaPago;
import mx.gob.veracruz.becas.model.BecaReintegro;
import mx.gob.veracruz.becas.model.BecaRetorno;
import mx.gob.veracruz.becas.model.BecaSolicitud;
import mx.gob.veracruz.becas.model.Convocatoria;
import mx.gob.veracruz.common.PageRequest;

/** Calls, applications and disbursements; lists are filtered and paged in the database. */
@ApplicationScoped
public class BecasRepository {
  private static final Map<String, String> SORT =
      Map.of(
          "folio", "s.folio",
          "filedAt", "s.filedAt",
          "score", "s.score",
          "rank", "s.rankNo",
          "studentName", "s.studentName",
          "status", "s.status");

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

  public <T> T lock(Class<T> type, Object id) {
    return em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<Convocatoria> call(String code) {
    return em.createNamedQuery("Convocatoria.byCode", Convocatoria.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Convocatoria> calls(boolean publicOnly, int first, int max) {
    return em.createQuery(
            "select c from Convocatoria c"
                + (publicOnly ? " where c.status <> 'BORRADOR'" : "")
                + " order by c.closesOn desc, c.id desc",
            Convocatoria.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countCalls(boolean publicOnly) {
    return em.createQuery(
            "select count(c) from Convocatoria c"
                + (publicOnly ? " where c.status <> 'BORRADOR'" : ""),
            Long.class)
        .getSingleResult();
  }

  public Optional<BecaSolicitud> solicitud(String folio) {
    return em.createNamedQuery("BecaSolicitud.byFolio", BecaSolicitud.class)
        .setParameter("folio", folio == null ? "" : folio.trim().toUpperCase())
        .getResultStream()
        .findFirst();
  }

  public Optional<BecaSolicitud> byActiveKey(String key) {
    return em.createNamedQuery("BecaSolicitud.byActiveKey", BecaSolicitud.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public List<BecaSolicitud> ofAccount(long cuentaId) {
    return em.createNamedQuery("BecaSolicitud.ofAccount", BecaSolicitud.class)
        .setParameter("cuentaId", cuentaId)
        .setMaxResults(200)
        .getResultList();
  }

  /** A call's applications in these states, best score first, locked for the committee. */
  public List<BecaSolicitud> ranked(long convocatoriaId, List<String> statuses) {
    return em.createNamedQuery("BecaSolicitud.ofCallInStatus", BecaSolicitud.class)
        .setParameter("conv", convocatoriaId)
        .setParameter("statuses", statuses)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The published list: ranked applications of a call, by rank. */
  public List<BecaSolicitud> published(long convocatoriaId) {
    return em.createQuery(
            "select s from BecaSolicitud s where s.convocatoriaId = :c and s.rankNo is not null and s.status in ('BENEFICIARIA', 'NO_SELECCIONADA', 'SUSPENDIDA', 'BAJA') order by s.rankNo",
            BecaSolicitud.class)
        .setParameter("c", convocatoriaId)
        .getResultList();
  }

  public long countInStatus(long convocatoriaId, List<String> statuses) {
    return em.createQuery(
            "select count(s) from BecaSolicitud s where s.convocatoriaId = :c and s.status in :st",
            Long.class)
        .setParameter("c", convocatoriaId)
        .setParameter("st", statuses)
        .getSingleResult();
  }

  public List<Object[]> search(String callCode, String status, String text, PageRequest page) {
    String sort = SORT.getOrDefault(page.sortField() == null ? "" : page.sortField(), "s.filedAt");
    return query(
            "select s, c.name, c.code",
            callCode,
            status,
            text,
            " order by " + sort + (page.ascending() ? " asc" : " desc") + ", s.id desc",
            Object[].class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(String callCode, String status, String text) {
    return query("select count(s)", callCode, status, text, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, String callCode, String status, String text, String order, Class<T> type) {
    StringBuilder q =
        new StringBuilder(
            select + " from BecaSolicitud s, Convocatoria c where c.id = s.convocatoriaId");
    Map<String, Object> p = new HashMap<>();
    if (callCode != null && !callCode.isBlank()) {
      q.append(" and c.code = :code");
      p.put("code", callCode);
    }
    if (status != null && !status.isBlank()) {
      q.append(" and s.status = :status");
      p.put("status", status);
    }
    if (text != null && !text.isBlank()) {
      q.append(" and (s.folio like :t or upper(s.studentName) like :t or s.curp like :t)");
      p.put("t", "%" + text.trim().toUpperCase().replace("%", "") + "%");
    }
    TypedQuery<T> query = em.createQuery(q + order, type);
    p.forEach(query::setParameter);
    return query;
  }

  public List<BecaDocumentoRow> documents(long solicitudId) {
    return em.createNamedQuery("BecaDocumento.ofSolicitud", BecaDocumentoRow.class)
        .setParameter("id", solicitudId)
        .getResultList();
  }

  public List<BecaEvento> events(long solicitudId) {
    return em.createNamedQuery("BecaEvento.ofSolicitud", BecaEvento.class)
        .setParameter("id", solicitudId)
        .getResultList();
  }

  public List<BecaCambio> changes(long solicitudId) {
    return em.createNamedQuery("BecaCambio.ofSolicitud", BecaCambio.class)
        .setParameter("id", solicitudId)
        .getResultList();
  }

  public List<BecaPago> payments(long solicitudId) {
    return em.createNamedQuery("BecaPago.ofSolicitud", BecaPago.class)
        .setParameter("id", solicitudId)
        .getResultList();
  }

  public Optional<BecaPago> payment(long solicitudId, int period) {
    return em.createNamedQuery("BecaPago.of", BecaPago.class)
        .setParameter("id", solicitudId)
        .setParameter("period", period)
        .getResultStream()
        .findFirst();
  }

  public List<BecaOrden> ordersOf(long solicitudId) {
    return em.createNamedQuery("BecaOrden.ofSolicitud", BecaOrden.class)
        .setParameter("id", solicitudId)
        .getResultList();
  }

  public List<BecaReintegro> refunds(long solicitudId) {
    return em.createNamedQuery("BecaReintegro.ofSolicitud", BecaReintegro.class)
        .setParameter("id", solicitudId)
        .getResultList();
  }

  public Optional<BecaReintegro> refundByCobro(String folio) {
    return em.createNamedQuery("BecaReintegro.byCobro", BecaReintegro.class)
        .setParameter("folio", folio)
        .getResultStream()
        .findFirst();
  }

  /** Beneficiaries of a call after an id (keyset), for the dispersion job's reader. */
  public List<Long> beneficiariesAfter(long convocatoriaId, long afterId, int max) {
    return em.createQuery(
            "select s.id from BecaSolicitud s where s.convocatoriaId = :c and s.status = 'BENEFICIARIA' and s.id > :after order by s.id",
            Long.class)
        .setParameter("c", convocatoriaId)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /** A payment's attempts still waiting for the bank's answer (any dispersion). */
  public long openAttempts(long pagoId) {
    return em.createQuery(
            "select count(o) from BecaOrden o where o.pagoId = :p and o.status = 'EMITIDA'",
            Long.class)
        .setParameter("p", pagoId)
        .getSingleResult();
  }

  public Optional<BecaOrden> attempt(long pagoId, long dispersionId) {
    return em.createQuery(
            "select o from BecaOrden o where o.pagoId = :p and o.dispersionId = :d",
            BecaOrden.class)
        .setParameter("p", pagoId)
        .setParameter("d", dispersionId)
        .getResultStream()
        .findFirst();
  }

  public Optional<BecaOrden> order(String folio) {
    return em.createNamedQuery("BecaOrden.byFolio", BecaOrden.class)
        .setParameter("folio", folio)
        .getResultStream()
        .findFirst();
  }

  public List<BecaOrden> ordersAfter(long dispersionId, long afterId, int max) {
    return em.createNamedQuery("BecaOrden.ofDispersion", BecaOrden.class)
        .setParameter("id", dispersionId)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  public List<BecaOrden> ordersPage(long dispersionId, int first, int max) {
    return em.createQuery(
            "select o from BecaOrden o where o.dispersionId = :id order by o.id", BecaOrden.class)
        .setParameter("id", dispersionId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** {status, count, sum} of a dispersion's orders. */
  public List<Object[]> orderTotals(long dispersionId) {
    return em.createQuery(
            "select o.status, count(o), sum(o.amount) from BecaOrden o where o.dispersionId = :id group by o.status",
            Object[].class)
        .setParameter("id", dispersionId)
        .getResultList();
  }

  public Optional<BecaDispersion> dispersion(String folio) {
    return em.createNamedQuery("BecaDispersion.byFolio", BecaDispersion.class)
        .setParameter("folio", folio)
        .getResultStream()
        .findFirst();
  }

  public List<BecaDispersion> dispersions(int first, int max) {
    return em.createQuery(
            "select d from BecaDispersion d order by d.createdAt desc, d.id desc",
            BecaDispersion.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countDispersions() {
    return em.createQuery("select count(d) from BecaDispersion d", Long.class).getSingleResult();
  }

  public long openDispersions(long convocatoriaId) {
    return em.createQuery(
            "select count(d) from BecaDispersion d where d.convocatoriaId = :c and d.status = 'GENERANDO'",
            Long.class)
        .setParameter("c", convocatoriaId)
        .getSingleResult();
  }

  public Optional<BecaDispersion> generating(long convocatoriaId) {
    return em.createQuery(
            "select d from BecaDispersion d where d.convocatoriaId = :c and d.status = 'GENERANDO'",
            BecaDispersion.class)
        .setParameter("c", convocatoriaId)
        .getResultStream()
        .findFirst();
  }

  public boolean returnImported(String sha) {
    return !em.createQuery("select r.id from BecaRetorno r where r.fileSha256 = :s", Long.class)
        .setParameter("s", sha)
        .getResultList()
        .isEmpty();
  }

  public List<BecaRetorno> returns(long dispersionId) {
    return em.createNamedQuery("BecaRetorno.ofDispersion", BecaRetorno.class)
        .setParameter("id", dispersionId)
        .getResultList();
  }

  /** Paid so far to one beneficiary. */
  public BigDecimal paidTo(long solicitudId) {
    BigDecimal b =
        em.createQuery(
                "select sum(p.amount) from BecaPago p where p.solicitudId = :id and p.status = 'PAGADO'",
                BigDecimal.class)
            .setParameter("id", solicitudId)
            .getSingleResult();
    return b == null ? BigDecimal.ZERO.setScale(2) : b;
  }

  /** {status, count} of every application, for the KPI. */
  public List<Object[]> statusCounts() {
    return em.createQuery(
            "select s.status, count(s) from BecaSolicitud s group by s.status", Object[].class)
        .getResultList();
  }
}
