package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A staff API token as the console lists it (never the secret). */
public record StaffTokenView(
    long id,
    String username,
    String name,
    String prefix,
    List<String> scopes,
    int ratePerMinute,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    Instant lastUsedAt)
    implements Serializable {
  public boolean active(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
