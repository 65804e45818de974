package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.RateWindowRepository;

/**
 * Requests per bucket (a token, a client address) in fixed one-minute windows. The counts are rows
 * of {@code RATE_WINDOW}, so every instance of a cluster counts against the same limit; each hit is
 * one atomic upsert in its own short transaction.
 */
@Stateless
@PermitAll
public class RateLimiter {
  static final long WINDOW_MS = 60_000L;

  @Inject private RateWindowRepository windows;
  @Inject private CityClock clock;

  /**
   * Counts one request of the bucket; returns the seconds to wait when it is over {@code perMinute}
   * in the current window, 0 when it may go on.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long hit(String bucket, int perMinute) {
    long now = clock.now().toEpochMilli();
    long window = now - Math.floorMod(now, WINDOW_MS);
    String b = bucket.length() > 160 ? bucket.substring(0, 160) : bucket;
    int hits = windows.hit(b, window);
    if (Math.floorMod(now, 97L) == 0) {
      windows.purgeBefore(window - WINDOW_MS);
    }
    return hits > perMinute ? Math.max(1, (window + WINDOW_MS - now + 999) / 1000) : 0;
  }
}
