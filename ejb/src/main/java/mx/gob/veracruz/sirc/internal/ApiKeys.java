package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.sirc.model.ApiKey;

/** Open311 keys: issued with a random secret shown once, stored as its SHA-256, revocable. */
@ApplicationScoped
public class ApiKeys {
  /** The demo key printed by the run command and shown in the README (demo data only). */
  public static final String DEMO_KEY = "demo-open311-veracruz-2026";

  @Inject private SircRepository repo;
  @Inject private CityClock clock;

  public record Issued(ApiKey key, String secret) {}

  /** The most a key may be given: requests per minute. */
  public static final int MAX_RATE = 6000;

  /**
   * One request of a key, counted in the key's current minute. The count is a row in the database
   * (every instance of a cluster counts against the same limit); the key's row is locked while it
   * is counted, so two instances never lose a hit. Returns the seconds to wait when the key is over
   * its limit, 0 when the request may go on.
   */
  public int admit(ApiKey key) {
    long now = clock.now().toEpochMilli();
    long window = now - Math.floorMod(now, 60_000L);
    int hits = repo.hit(key.getId(), window);
    if (hits > key.getRatePerMinute()) {
      return (int) Math.max(1, (window + 60_000L - now + 999) / 1000);
    }
    return 0;
  }

  public Issued issue(String application, String contact, String actor) {
    return issue(application, contact, actor, "o311_" + Reports.token());
  }

  Issued issue(String application, String contact, String actor, String secret) {
    ApiKey k = new ApiKey();
    k.setKeyHash(hash(secret));
    k.setKeyPrefix(secret.substring(0, Math.min(10, secret.length())));
    k.setApplication(application);
    k.setContact(contact);
    k.setCreatedAtMillis(clock.now().toEpochMilli());
    k.setCreatedBy(actor);
    repo.persist(k);
    return new Issued(k, secret);
  }

  /** The active key with this secret, if any. */
  public Optional<ApiKey> active(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    return repo.apiKey(hash(secret.trim())).filter(k -> k.getRevokedAtMillis() == null);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
