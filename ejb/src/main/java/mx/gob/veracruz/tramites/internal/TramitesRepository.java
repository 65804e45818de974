package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.tramites.model.Expediente;
import mx.gob.veracruz.tramites.model.ExpedienteDocumento;
import mx.gob.veracruz.tramites.model.ExpedienteEvento;
import mx.gob.veracruz.tramites.model.ExpedienteStatus;
import mx.gob.veracruz.tramites.model.FirmaLlave;
import mx.gob.veracruz.tramites.model.Tramite;
import mx.gob.veracruz.tramites.model.TramiteVersion;

/** The catalogue and the cases; lists are filtered and paged in the database. */
@ApplicationScoped
public class TramitesRepository {
  private static final Map<String, String> CASE_SORT =
      Map.of(
          "folio", "e.folio", "filedAt", "e.filedAt", "dueDate", "e.dueDate", "status", "e.status");

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

  public long countTramites() {
    return em.createQuery("select count(t) from Tramite t", Long.class).getSingleResult();
  }

  public Optional<Tramite> tramite(String code) {
    return em.createNamedQuery("Tramite.byCode", Tramite.class)
        .setParameter("code", code == null ? "" : code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Tramite> lockTramite(String code) {
    return em.createNamedQuery("Tramite.byCode", Tramite.class)
        .setParameter("code", code == null ? "" : code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<TramiteVersion> version(Long tramiteId, int versionNo) {
    return em.createNamedQuery("TramiteVersion.of", TramiteVersion.class)
        .setParameter("tramiteId", tramiteId)
        .setParameter("versionNo", versionNo)
        .getResultStream()
        .findFirst();
  }

  public List<TramiteVersion> history(Long tramiteId) {
    return em.createNamedQuery("TramiteVersion.history", TramiteVersion.class)
        .setParameter("tramiteId", tramiteId)
        .setMaxResults(50)
        .getResultList();
  }

  /**
   * Catalogue search: words in name, area, description and requirements; active only unless {@code
   * all}.
   */
  public List<Tramite> searchTramites(
      String text, String area, boolean onlineOnly, boolean all, int first, int max) {
    return tramiteQuery("select t", text, area, onlineOnly, all, " order by t.name", Tramite.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countTramites(String text, String area, boolean onlineOnly, boolean all) {
    return tramiteQuery("select count(t)", text, area, onlineOnly, all, "", Long.class)
        .getSingleResult();
  }

  public List<String> areas() {
    return em.createQuery(
            "select distinct t.area from Tramite t where t.active = true order by t.area",
            String.class)
        .getResultList();
  }

  public List<Tramite> activeTramites() {
    return em.createQuery(
            "select t from Tramite t where t.active = true order by t.name", Tramite.class)
        .getResultList();
  }

  private <T> TypedQuery<T> tramiteQuery(
      String select,
      String text,
      String area,
      boolean onlineOnly,
      boolean all,
      String order,
      Class<T> type) {
    StringBuilder q = new StringBuilder(select + " from Tramite t where 1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (!all) {
      q.append(" and t.active = true");
    }
    if (onlineOnly) {
      q.append(" and t.online = true");
    }
    if (area != null && !area.isBlank()) {
      q.append(" and t.area = :area");
      p.put("area", area);
    }
    if (text != null && !text.isBlank()) {
      String[] words = Normalize.searchable(text).split("\\s+");
      for (int i = 0; i < words.length && i < 6; i++) {
        q.append(" and t.searchText like :w").append(i);
        p.put("w" + i, "%" + words[i].replace("%", "").replace("_", "") + "%");
      }
    }
    TypedQuery<T> query = em.createQuery(q + order, type);
    p.forEach(query::setParameter);
    return query;
  }

  public Optional<Expediente> expediente(String folio) {
    return em.createNamedQuery("Expediente.byFolio", Expediente.class)
        .setParameter("folio", folio == null ? "" : folio)
        .getResultStream()
        .findFirst();
  }

  public Optional<Expediente> lockExpediente(String folio) {
    return em.createNamedQuery("Expediente.byFolio", Expediente.class)
        .setParameter("folio", folio == null ? "" : folio)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<Expediente> lockByCobro(String cobro) {
    return em.createNamedQuery("Expediente.byCobro", Expediente.class)
        .setParameter("cobro", cobro)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public List<Expediente> ofAccount(long cuentaId, int max) {
    return em.createNamedQuery("Expediente.ofAccount", Expediente.class)
        .setParameter("cuentaId", cuentaId)
        .setMaxResults(max)
        .getResultList();
  }

  public List<ExpedienteDocumento> documents(Long expedienteId) {
    return em.createNamedQuery("ExpedienteDocumento.ofExpediente", ExpedienteDocumento.class)
        .setParameter("expedienteId", expedienteId)
        .getResultList();
  }

  public List<ExpedienteEvento> events(Long expedienteId) {
    return em.createNamedQuery("ExpedienteEvento.ofExpediente", ExpedienteEvento.class)
        .setParameter("expedienteId", expedienteId)
        .getResultList();
  }

  public List<FirmaLlave> keys() {
    return em.createNamedQuery("FirmaLlave.all", FirmaLlave.class).getResultList();
  }

  /** The console's case list; {@code overdue} means in review past its due date. */
  public List<Object[]> searchCases(
      String folio,
      Long tramiteId,
      ExpedienteStatus status,
      boolean overdue,
      LocalDate today,
      PageRequest page) {
    String sort =
        CASE_SORT.getOrDefault(page.sortField() == null ? "" : page.sortField(), "e.filedAt");
    return caseQuery(
            "select e, t.name",
            folio,
            tramiteId,
            status,
            overdue,
            today,
            " order by " + sort + (page.ascending() ? " asc" : " desc") + ", e.id desc",
            Object[].class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countCases(
      String folio, Long tramiteId, ExpedienteStatus status, boolean overdue, LocalDate today) {
    return caseQuery("select count(e)", folio, tramiteId, status, overdue, today, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> caseQuery(
      String select,
      String folio,
      Long tramiteId,
      ExpedienteStatus status,
      boolean overdue,
      LocalDate today,
      String order,
      Class<T> type) {
    StringBuilder q =
        new StringBuilder(select + " from Expediente e, Tramite t where t.id = e.tramiteId");
    Map<String, Object> p = new HashMap<>();
    if (folio != null && !folio.isBlank()) {
      q.append(" and e.folio like :folio");
      p.put("folio", "%" + folio.trim().toUpperCase().replace("%", "") + "%");
    }
    if (tramiteId != null) {
      q.append(" and e.tramiteId = :tramiteId");
      p.put("tramiteId", tramiteId);
    }
    if (status != null) {
      q.append(" and e.status = :status");
      p.put("status", status);
    }
    if (overdue) {
      q.append(" and e.status = :review and e.dueDate < :today");
      p.put("review", ExpedienteStatus.EN_REVISION);
      p.put("today", today);
    }
    TypedQuery<T> query = em.createQuery(q + order, type);
    p.forEach(query::setParameter);
    return query;
  }

  /** Per area and state, for the KPI: {area, status, count}. */
  public List<Object[]> casesByArea() {
    return em.createQuery(
            "select t.area, e.status, count(e) from Expediente e, Tramite t where t.id = e.tramiteId group by t.area, e.status",
            Object[].class)
        .getResultList();
  }

  // ---- citas

  public Optional<mx.gob.veracruz.tramites.model.Oficina> office(String code) {
    return em.createNamedQuery("Oficina.byCode", mx.gob.veracruz.tramites.model.Oficina.class)
        .setParameter("code", code == null ? "" : code)
        .getResultStream()
        .findFirst();
  }

  /** The office locked: bookings of one office are counted one at a time. */
  public mx.gob.veracruz.tramites.model.Oficina lockOffice(Long id) {
    return em.find(
        mx.gob.veracruz.tramites.model.Oficina.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  public List<mx.gob.veracruz.tramites.model.Oficina> offices() {
    return em.createNamedQuery("Oficina.active", mx.gob.veracruz.tramites.model.Oficina.class)
        .getResultList();
  }

  public Map<String, Long> taken(Long officeId, LocalDate day) {
    Map<String, Long> m = new HashMap<>();
    for (Object[] r :
        em.createNamedQuery("Cita.taken", Object[].class)
            .setParameter("oficinaId", officeId)
            .setParameter("day", day)
            .getResultList()) {
      m.put((String) r[0], (Long) r[1]);
    }
    return m;
  }

  public Optional<mx.gob.veracruz.tramites.model.Cita> cita(String folio, boolean lock) {
    var q =
        em.createNamedQuery("Cita.byFolio", mx.gob.veracruz.tramites.model.Cita.class)
            .setParameter("folio", folio == null ? "" : folio);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultStream().findFirst();
  }

  public List<mx.gob.veracruz.tramites.model.Cita> citasOf(long cuentaId, LocalDate from) {
    return em.createNamedQuery("Cita.ofAccount", mx.gob.veracruz.tramites.model.Cita.class)
        .setParameter("cuentaId", cuentaId)
        .setParameter("from", from)
        .setMaxResults(100)
        .getResultList();
  }

  public List<mx.gob.veracruz.tramites.model.Cita> citasOfDay(Long officeId, LocalDate day) {
    return em.createNamedQuery("Cita.ofDay", mx.gob.veracruz.tramites.model.Cita.class)
        .setParameter("oficinaId", officeId)
        .setParameter("day", day)
        .getResultList();
  }

  public List<mx.gob.veracruz.tramites.model.Cita> toRemind(LocalDate day, int max) {
    return em.createNamedQuery("Cita.toRemind", mx.gob.veracruz.tramites.model.Cita.class)
        .setParameter("day", day)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The day's live bookings of an office, read with a write lock: a locking read sees what other
   * bookings committed while this one waited for the office (MariaDB's REPEATABLE READ snapshot
   * would not).
   */
  public List<mx.gob.veracruz.tramites.model.Cita> liveOfDayLocked(Long officeId, LocalDate day) {
    return em.createQuery(
            "select c from Cita c where c.oficinaId = :o and c.day = :d and c.status <> 'CANCELADA'",
            mx.gob.veracruz.tramites.model.Cita.class)
        .setParameter("o", officeId)
        .setParameter("d", day)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The account's live bookings of a procedure, read with a write lock (as above). */
  public List<mx.gob.veracruz.tramites.model.Cita> liveOfAccountLocked(
      long cuentaId, Long tramiteId) {
    return em.createQuery(
            "select c from Cita c where c.cuentaId = :a and c.tramiteId = :t and c.status = 'RESERVADA'",
            mx.gob.veracruz.tramites.model.Cita.class)
        .setParameter("a", cuentaId)
        .setParameter("t", tramiteId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
