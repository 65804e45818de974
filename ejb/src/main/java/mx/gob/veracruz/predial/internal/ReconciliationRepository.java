package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import mx.gob.veracruz.predial.ReconciliationAlert;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.Cargo;
import mx.gob.veracruz.predial.model.LineOutcome;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PaymentChannel;
import mx.gob.veracruz.predial.model.PaymentStatus;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Referencia;

/**
 * Reconciliation persistence: settlement files and lines, the set queries that load one chunk's
 * working set, the exceptions console's filters and the report's totals. Callers pass at most 1000
 * values to an {@code in} list (the drivers' limit), see {@code Reconciler.parts}.
 */
@ApplicationScoped
public class ReconciliationRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public Archivo archivo(Long id) {
    return em.find(Archivo.class, id);
  }

  public ArchivoLinea line(Long id) {
    return id == null ? null : em.find(ArchivoLinea.class, id);
  }

  public List<Cargo> chargesIn(List<String> chargeIds) {
    return em.createNamedQuery("Cargo.byChargeIds", Cargo.class)
        .setParameter("ids", chargeIds)
        .getResultList();
  }

  /** The keys among these under which a payment was already posted. */
  public List<String> postedExternalKeys(List<String> keys) {
    return em.createNamedQuery("Pago.externalKeysIn", String.class)
        .setParameter("keys", keys)
        .getResultList();
  }

  public List<Predio> prediosIn(List<Long> ids) {
    return em.createNamedQuery("Predio.byIds", Predio.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Every year of these predios, ordered by predio and year (the statement's order). */
  public List<Anualidad> yearsOf(List<Long> predioIds) {
    return em.createNamedQuery("Anualidad.allOfPredios", Anualidad.class)
        .setParameter("ids", predioIds)
        .getResultList();
  }

  /** The predios among these with an active special discount. */
  public List<Long> withActiveBenefit(List<Long> predioIds) {
    return em.createNamedQuery("Beneficio.activePredioIds", Long.class)
        .setParameter("ids", predioIds)
        .getResultList();
  }

  /** Keyset page of a file's lines still without an outcome. */
  public List<Long> pendingLineIds(Long file, long afterId, int limit) {
    return em.createNamedQuery("ArchivoLinea.pendingIdsOfArchivo", Long.class)
        .setParameter("file", file)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** These lines, skipping those that already have an outcome (a restarted chunk). */
  public List<ArchivoLinea> pendingLines(List<Long> ids) {
    return em.createNamedQuery("ArchivoLinea.pendingByIds", ArchivoLinea.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * Online payments a webhook applied on the report's (UTC) business date that no accepted gateway
   * report of that date lists.
   */
  public List<Pago> onlinePaymentsMissingFrom(Archivo report) {
    Instant from = report.getBusinessDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    return em.createNamedQuery("Pago.onlineUnreported", Pago.class)
        .setParameter("online", PaymentChannel.EN_LINEA)
        .setParameter("applied", PaymentStatus.APLICADO)
        .setParameter("refused", ArchivoStatus.RECHAZADO)
        .setParameter("from", from)
        .setParameter("to", from.plus(Duration.ofDays(1)))
        .setParameter("date", report.getBusinessDate())
        .getResultList();
  }

  /**
   * Slips for this amount valid on or after {@code from} and issued before {@code to}, newest
   * first.
   */
  public List<Referencia> referencesForAmount(
      java.math.BigDecimal amount, LocalDate from, Instant to, int max) {
    return em.createNamedQuery("Referencia.byAmountNear", Referencia.class)
        .setParameter("amount", amount)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  public List<Referencia> referencesStartingWith(String prefix, int max) {
    return em.createNamedQuery("Referencia.byPrefix", Referencia.class)
        .setParameter("prefix", prefix + "%")
        .setMaxResults(max)
        .getResultList();
  }

  /** Lines with their file, filtered as on the exceptions console ({@link LineFilter}). */
  public List<Object[]> linesWithFile(LineFilter f, int first, int max) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select l, a from ArchivoLinea l, Archivo a where l.archivoId = a.id"
                + f.where()
                + " order by a.id, l.lineNo",
            Object[].class);
    f.bind(q);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countLines(LineFilter f) {
    TypedQuery<Long> q =
        em.createQuery(
            "select count(l) from ArchivoLinea l, Archivo a where l.archivoId = a.id" + f.where(),
            Long.class);
    f.bind(q);
    return q.getSingleResult();
  }

  /** Lines of a job's files, and how many of them have an outcome (either may be null). */
  public Object[] lineProgress(long jobInstanceId) {
    return em.createNamedQuery("ArchivoLinea.progressOfJob", Object[].class)
        .setParameter("job", jobInstanceId)
        .getSingleResult();
  }

  /** Bank, outcome, line count and amount of a reconciliation date's lines. */
  public List<Object[]> totalsByBankAndOutcome(LocalDate date) {
    return em.createNamedQuery("ArchivoLinea.totalsByBankOutcome", Object[].class)
        .setParameter("date", date)
        .getResultList();
  }

  /** Outcome, line count and amount of one file's lines. */
  public List<Object[]> totalsByOutcome(Long archivoId) {
    return em.createNamedQuery("ArchivoLinea.totalsByOutcome", Object[].class)
        .setParameter("id", archivoId)
        .getResultList();
  }

  public long alertCount(long jobInstanceId) {
    return em.createNamedQuery("Alerta.countByJob", Long.class)
        .setParameter("job", jobInstanceId)
        .getSingleResult();
  }

  public List<ReconciliationAlert> alerts(LocalDate date) {
    return em.createNamedQuery("Alerta.viewsByDate", ReconciliationAlert.class)
        .setParameter("date", date)
        .getResultList();
  }

  /**
   * The exceptions console's line filter; each part is optional. {@code outcome} is an outcome's
   * name or {@link LineOutcome#PENDING} (no outcome yet); {@code openOnly} keeps unresolved
   * exceptions.
   */
  public record LineFilter(
      LocalDate date,
      Long archivoId,
      String outcome,
      LineOutcome outcomeValue,
      boolean openOnly,
      List<LineOutcome> exceptions) {
    String where() {
      return (date != null ? " and a.reconciliationDate = :date" : "")
          + (archivoId != null ? " and a.id = :archivo" : "")
          + (outcome == null
              ? ""
              : LineOutcome.PENDING.equals(outcome)
                  ? " and l.outcome is null"
                  : " and l.outcome = :outcome")
          + (openOnly ? " and l.outcome in :exceptions and (l.resolvedAt is null)" : "");
    }

    void bind(TypedQuery<?> q) {
      if (date != null) {
        q.setParameter("date", date);
      }
      if (archivoId != null) {
        q.setParameter("archivo", archivoId);
      }
      if (outcome != null && !LineOutcome.PENDING.equals(outcome)) {
        q.setParameter("outcome", outcomeValue);
      }
      if (openOnly) {
        q.setParameter("exceptions", exceptions);
      }
    }
  }
}
