package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import mx.gob.veracruz.common.model.AccessFailure;

/** The access throttle's failures; joins the caller's transaction (AccessThrottle sets it). */
@ApplicationScoped
public class ThrottleRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  /** Epoch milliseconds of a bucket's failures since then, oldest first. */
  public List<Long> failureTimesSince(String bucket, Instant since) {
    return em.createNamedQuery("AccessFailure.since", Long.class)
        .setParameter("bucket", bucket)
        .setParameter("since", since.toEpochMilli())
        .getResultList();
  }

  public void recordFailure(String bucket, Instant at) {
    em.persist(new AccessFailure(bucket, at));
  }

  public void purgeFailuresBefore(Instant before) {
    em.createNamedQuery("AccessFailure.purge")
        .setParameter("before", before.toEpochMilli())
        .executeUpdate();
  }
}
