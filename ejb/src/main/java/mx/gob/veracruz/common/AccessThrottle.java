package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.veracruz.common.internal.ThrottleRepository;

/**
 * Throttles guessing: each bucket (a clave catastral, a client address) allows {@code max} failed
 * attempts per window; beyond that every attempt is refused until the oldest failure ages out.
 * Failures live in the database, so every instance of a cluster counts the same attempts.
 */
@Stateless
@PermitAll
public class AccessThrottle {
  /** A bucket's limit: so many failures per window. */
  public record Limit(String bucket, int max, Duration window) {}

  @Inject private ThrottleRepository failures;

  /**
   * Refuses (429) when any bucket has used up its failures; checked before the secret is compared.
   */
  public void check(List<Limit> limits) {
    long wait = retryAfter(limits);
    if (wait > 0) {
      throw new TooManyAttemptsException(wait);
    }
  }

  /**
   * Seconds until every bucket may try again (0: it may now). Callers that must go on in their own
   * transaction use this: an exception thrown across this bean would mark that transaction for
   * rollback.
   */
  public long retryAfter(List<Limit> limits) {
    Instant now = Instant.now();
    long wait = 0;
    for (Limit l : limits) {
      List<Long> times = failures.failureTimesSince(l.bucket(), now.minus(l.window()));
      if (times.size() >= l.max()) {
        Instant frees = Instant.ofEpochMilli(times.get(times.size() - l.max())).plus(l.window());
        wait = Math.max(wait, Math.max(1, Duration.between(now, frees).toSeconds()));
      }
    }
    return wait;
  }

  /**
   * Records a failure in each bucket; its own transaction, because the failed look-up rolls back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(List<Limit> limits) {
    Instant now = Instant.now();
    for (Limit l : limits) {
      failures.recordFailure(l.bucket(), now);
    }
    failures.purgeFailuresBefore(now.minus(Duration.ofDays(1)));
  }
}
