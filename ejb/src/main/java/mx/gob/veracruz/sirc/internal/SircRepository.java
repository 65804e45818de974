package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.sirc.ReportQuery;
import mx.gob.veracruz.sirc.ReportStatus;
import mx.gob.veracruz.sirc.model.ApiKey;
import mx.gob.veracruz.sirc.model.Report;
import mx.gob.veracruz.sirc.model.ReportAnswer;
import mx.gob.veracruz.sirc.model.ReportEvent;
import mx.gob.veracruz.sirc.model.RoutingRule;
import mx.gob.veracruz.sirc.model.SircAttribute;
import mx.gob.veracruz.sirc.model.SircService;
import mx.gob.veracruz.sirc.model.SircServiceVersion;

/** SIRC persistence: the catalogue, reports (paged and filtered in the database), timelines. */
@ApplicationScoped
public class SircRepository {
  /** Sortable queue columns, by the field names the console sends. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "folio", "folio",
          "requestedAt", "requestedAtMillis",
          "expectedAt", "expectedAtMillis",
          "status", "status",
          "id", "id");

  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Counts a hit of a key in a one-minute window and returns the window's count. The key's row is
   * locked first (PESSIMISTIC_WRITE), so the read-then-insert of a new window is never raced.
   */
  public int hit(Long keyId, long windowStart) {
    em.find(ApiKey.class, keyId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    int updated =
        em.createNativeQuery(
                "UPDATE SIRC_API_KEY_WINDOW SET HITS = HITS + 1 WHERE KEY_ID = ? AND WINDOW_START_MS = ?")
            .setParameter(1, keyId)
            .setParameter(2, windowStart)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "DELETE FROM SIRC_API_KEY_WINDOW WHERE KEY_ID = ? AND WINDOW_START_MS < ?")
          .setParameter(1, keyId)
          .setParameter(2, windowStart)
          .executeUpdate();
      em.createNativeQuery(
              "INSERT INTO SIRC_API_KEY_WINDOW (KEY_ID, WINDOW_START_MS, HITS) VALUES (?, ?, 1)")
          .setParameter(1, keyId)
          .setParameter(2, windowStart)
          .executeUpdate();
      return 1;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT HITS FROM SIRC_API_KEY_WINDOW WHERE KEY_ID = ? AND WINDOW_START_MS = ?")
                .setParameter(1, keyId)
                .setParameter(2, windowStart)
                .getSingleResult())
        .intValue();
  }

  public int photoCount(Long reportId) {
    return em.createNamedQuery("ReportPhoto.count", Long.class)
        .setParameter("reportId", reportId)
        .getSingleResult()
        .intValue();
  }

  /** A photo's bytes (or its thumbnail's), read alone: lists never load them. */
  public Optional<byte[]> photo(Long reportId, int ordinal, boolean thumbnail) {
    return em.createNamedQuery(
            thumbnail ? "ReportPhoto.thumbnail" : "ReportPhoto.content", byte[].class)
        .setParameter("reportId", reportId)
        .setParameter("ordinal", ordinal)
        .getResultStream()
        .findFirst();
  }

  public <T> T find(Class<T> type, Long id) {
    return id == null ? null : em.find(type, id);
  }

  public Optional<SircService> service(String code) {
    return em.createNamedQuery("SircService.byCode", SircService.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<SircService> services(boolean activeOnly) {
    return em.createNamedQuery(
            activeOnly ? "SircService.active" : "SircService.all", SircService.class)
        .getResultList();
  }

  public List<SircAttribute> attributes(Long serviceId) {
    return em.createNamedQuery("SircAttribute.byService", SircAttribute.class)
        .setParameter("serviceId", serviceId)
        .getResultList();
  }

  public void removeAttributes(Long serviceId) {
    for (SircAttribute a : attributes(serviceId)) {
      em.remove(a);
    }
    em.flush();
  }

  public Optional<SircServiceVersion> serviceVersion(Long serviceId, int version) {
    return em.createNamedQuery("SircServiceVersion.of", SircServiceVersion.class)
        .setParameter("serviceId", serviceId)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  public List<SircServiceVersion> versions(Long serviceId) {
    return em.createNamedQuery("SircServiceVersion.history", SircServiceVersion.class)
        .setParameter("serviceId", serviceId)
        .getResultList();
  }

  public List<RoutingRule> routingRules() {
    return em.createNamedQuery("RoutingRule.all", RoutingRule.class).getResultList();
  }

  public List<RoutingRule> matchingRules(String serviceCode, Long coloniaId) {
    return em.createNamedQuery("RoutingRule.matching", RoutingRule.class)
        .setParameter("service", serviceCode)
        .setParameter("colonia", coloniaId)
        .getResultList();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public Optional<Report> byFolio(String folio) {
    return em.createNamedQuery("Report.byFolio", Report.class)
        .setParameter("folio", folio)
        .getResultStream()
        .findFirst();
  }

  public Optional<Report> byToken(String token) {
    return em.createNamedQuery("Report.byToken", Report.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /** A citizen's reports: filed with the account, or (once verified) with its CURP. */
  public List<Report> ofAccount(long accountId, String verifiedCurp, int max) {
    return em.createNamedQuery("Report.ofAccount", Report.class)
        .setParameter("account", accountId)
        .setParameter("curp", verifiedCurp)
        .setMaxResults(max)
        .getResultList();
  }

  public List<Report> byCurp(String curp, int max) {
    return em.createNamedQuery("Report.byCurp", Report.class)
        .setParameter("curp", curp)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Open reports of a service filed since a time within a box around a point (then by distance).
   */
  public List<Report> near(
      Long serviceId,
      long sinceMillis,
      BigDecimal lat,
      BigDecimal lon,
      BigDecimal dLat,
      BigDecimal dLon) {
    return em.createNamedQuery("Report.near", Report.class)
        .setParameter("serviceId", serviceId)
        .setParameter("open", ReportStatus.OPEN)
        .setParameter("since", sinceMillis)
        .setParameter("latMin", lat.subtract(dLat))
        .setParameter("latMax", lat.add(dLat))
        .setParameter("lonMin", lon.subtract(dLon))
        .setParameter("lonMax", lon.add(dLon))
        .setMaxResults(20)
        .getResultList();
  }

  public List<ReportEvent> events(Long reportId) {
    return em.createNamedQuery("ReportEvent.byReport", ReportEvent.class)
        .setParameter("reportId", reportId)
        .getResultList();
  }

  public List<ReportAnswer> answers(Long reportId) {
    return em.createNamedQuery("ReportAnswer.byReport", ReportAnswer.class)
        .setParameter("reportId", reportId)
        .getResultList();
  }

  /** One page of the queue, sorted as asked (then by id), filtered in the database. */
  public List<Report> list(ReportQuery q, PageRequest page, long nowMillis) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Report> cq = cb.createQuery(Report.class);
    Root<Report> r = cq.from(Report.class);
    cq.where(filters(cb, r, q, nowMillis, serviceId(q)));
    String sort =
        SORTABLE.getOrDefault(
            page.sortField() == null ? "" : page.sortField(), "requestedAtMillis");
    boolean ascending = page.sortField() == null || page.ascending();
    cq.orderBy(
        ascending ? cb.asc(r.get(sort)) : cb.desc(r.get(sort)),
        ascending ? cb.asc(r.get("id")) : cb.desc(r.get("id")));
    return em.createQuery(cq)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(ReportQuery q, long nowMillis) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<Report> r = cq.from(Report.class);
    cq.select(cb.count(r)).where(filters(cb, r, q, nowMillis, serviceId(q)));
    return em.createQuery(cq).getSingleResult();
  }

  /**
   * Reports for a public listing (Open311 GET requests, the public map): filed in a window, most
   * recent first, optionally by service and open/closed.
   */
  public List<Report> publicList(
      List<String> folios, Long serviceId, Boolean open, long fromMillis, long toMillis, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Report> cq = cb.createQuery(Report.class);
    Root<Report> r = cq.from(Report.class);
    List<Predicate> p = new ArrayList<>();
    if (folios != null && !folios.isEmpty()) {
      p.add(r.get("folio").in(folios));
    } else {
      p.add(cb.between(r.get("requestedAtMillis"), fromMillis, toMillis));
    }
    if (serviceId != null) p.add(cb.equal(r.get("serviceId"), serviceId));
    if (open != null) {
      p.add(
          open
              ? r.get("status").in(ReportStatus.OPEN)
              : cb.not(r.get("status").in(ReportStatus.OPEN)));
    }
    cq.where(p.toArray(Predicate[]::new))
        .orderBy(cb.desc(r.get("requestedAtMillis")), cb.desc(r.get("id")));
    return em.createQuery(cq).setMaxResults(max).getResultList();
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<Report> r, ReportQuery q, long now, Long serviceId) {
    List<Predicate> p = new ArrayList<>();
    if (notBlank(q.folio())) p.add(cb.equal(r.get("folio"), q.folio().trim().toUpperCase()));
    if (serviceId != null) p.add(cb.equal(r.get("serviceId"), serviceId));
    if (notBlank(q.status())) {
      ReportStatus st = status(q.status());
      p.add(st == null ? cb.disjunction() : cb.equal(r.get("status"), st));
    }
    if (notBlank(q.dependencia())) p.add(cb.equal(r.get("dependencia"), q.dependencia()));
    if (notBlank(q.assignee())) p.add(cb.equal(r.get("assignee"), q.assignee()));
    if (q.coloniaId() != null) p.add(cb.equal(r.get("coloniaId"), q.coloniaId()));
    if (q.from() != null)
      p.add(cb.greaterThanOrEqualTo(r.get("requestedAtMillis"), millis(q.from())));
    if (q.to() != null) p.add(cb.lessThan(r.get("requestedAtMillis"), millis(q.to().plusDays(1))));
    if (q.openOnly() || q.overdueOnly()) p.add(r.get("status").in(ReportStatus.OPEN));
    if (q.overdueOnly()) p.add(cb.lessThan(r.get("expectedAtMillis"), now));
    p.add(cb.isNull(r.get("mergedInto")));
    return p.toArray(Predicate[]::new);
  }

  /** The service filter as an id; an unknown code matches no report (-1). */
  private Long serviceId(ReportQuery q) {
    if (!notBlank(q.serviceCode())) {
      return null;
    }
    return service(q.serviceCode().trim()).map(SircService::getId).orElse(-1L);
  }

  private static ReportStatus status(String code) {
    try {
      return ReportStatus.valueOf(code.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay(CityClock.ZONE).toInstant().toEpochMilli();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  public Optional<ApiKey> apiKey(String hash) {
    return em.createNamedQuery("ApiKey.byHash", ApiKey.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public List<ApiKey> apiKeys() {
    return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultList();
  }

  /**
   * The public map's markers: reports updated since a time (open ones whatever their age), by
   * service, state and colonia; one light row each, capped. Served by IX_SIRC_REPORT_MAP
   * (UPDATED_AT_MS).
   */
  public List<mx.gob.veracruz.sirc.MapMarker> markers(
      String serviceCode, ReportStatus status, Long coloniaId, long sinceMillis, int max) {
    // Plain SQL and plain rows: 5,000 markers through a JPQL constructor query cost ten times the
    // database's own time (bench/SircBench.java).
    StringBuilder sql =
        new StringBuilder(
            "SELECT r.FOLIO, s.CODE, s.NAME, r.STATUS, r.LAT, r.LON FROM SIRC_REPORT r"
                + " JOIN SIRC_SERVICE s ON s.ID = r.SERVICE_ID"
                + " WHERE r.MERGED_INTO IS NULL AND r.UPDATED_AT_MS >= ?1");
    if (serviceCode != null) sql.append(" AND s.CODE = ?2");
    if (status != null) sql.append(" AND r.STATUS = ?3");
    if (coloniaId != null) sql.append(" AND r.COLONIA_ID = ?4");
    sql.append(" ORDER BY r.UPDATED_AT_MS DESC");
    var q = em.createNativeQuery(sql.toString()).setParameter(1, sinceMillis).setMaxResults(max);
    if (serviceCode != null) q.setParameter(2, serviceCode);
    if (status != null) q.setParameter(3, status.name());
    if (coloniaId != null) q.setParameter(4, coloniaId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<mx.gob.veracruz.sirc.MapMarker> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      out.add(
          new mx.gob.veracruz.sirc.MapMarker(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              ReportStatus.valueOf(((String) row[3]).trim()),
              (BigDecimal) row[4],
              (BigDecimal) row[5]));
    }
    return out;
  }

  /**
   * SLA compliance per department and service of the reports filed in [from, to): one GROUP BY in
   * the database (IX_SIRC_REPORT_REQUESTED), never rows in memory.
   */
  public List<mx.gob.veracruz.sirc.SlaCompliance> compliance(
      String dependencia, long fromMillis, long toMillis, long nowMillis) {
    String jpql =
        "select new mx.gob.veracruz.sirc.SlaCompliance(r.dependencia, s.code, s.name, count(r),"
            + " sum(case when r.status in (mx.gob.veracruz.sirc.ReportStatus.RECIBIDO, mx.gob.veracruz.sirc.ReportStatus.ASIGNADO, mx.gob.veracruz.sirc.ReportStatus.EN_PROCESO) then 1 else 0 end),"
            + " sum(case when r.status in (mx.gob.veracruz.sirc.ReportStatus.RECIBIDO, mx.gob.veracruz.sirc.ReportStatus.ASIGNADO, mx.gob.veracruz.sirc.ReportStatus.EN_PROCESO) and r.expectedAtMillis < :now then 1 else 0 end),"
            + " sum(case when r.resolvedAtMillis is not null then 1 else 0 end),"
            + " sum(case when r.resolvedAtMillis is not null and r.resolvedAtMillis <="
            + " r.expectedAtMillis then 1 else 0 end))"
            + " from Report r, SircService s where s.id = r.serviceId and r.mergedInto is null"
            + " and r.requestedAtMillis >= :from and r.requestedAtMillis < :to"
            + (dependencia == null ? "" : " and r.dependencia = :dep")
            + " group by r.dependencia, s.code, s.name order by r.dependencia, s.name";
    var q =
        em.createQuery(jpql, mx.gob.veracruz.sirc.SlaCompliance.class)
            .setParameter("now", nowMillis)
            .setParameter("from", fromMillis)
            .setParameter("to", toMillis);
    if (dependencia != null) {
      q.setParameter("dep", dependencia);
    }
    return q.getResultList();
  }

  public long countReports() {
    return em.createQuery("select count(r) from Report r", Long.class).getSingleResult();
  }
}
