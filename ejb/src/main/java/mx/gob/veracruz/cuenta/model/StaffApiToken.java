package mx.gob.veracruz.cuenta.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * An API token of a staff integration: acts as its user, limited to some of the user's roles
 * (scopes), until it expires or is revoked; only the SHA-256 is kept.
 */
@Entity
@Table(name = "STAFF_API_TOKEN")
@NamedQueries({
  @NamedQuery(
      name = "StaffApiToken.byHash",
      query = "SELECT t FROM StaffApiToken t WHERE t.tokenHash = :hash"),
  @NamedQuery(
      name = "StaffApiToken.all",
      query = "SELECT t FROM StaffApiToken t ORDER BY t.createdAtMillis DESC")
})
public class StaffApiToken {
  @Id
  @TableGenerator(
      name = "STAFF_API_TOKEN",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "STAFF_API_TOKEN",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "STAFF_API_TOKEN")
  @Column(name = "ID")
  private Long id;

  public Long getId() {
    return id;
  }

  @Column(name = "USERNAME", nullable = false)
  private String username;

  @Column(name = "NAME", nullable = false)
  private String name;

  @Column(name = "TOKEN_HASH", nullable = false)
  private String tokenHash;

  @Column(name = "TOKEN_PREFIX", nullable = false)
  private String tokenPrefix;

  /** Roles, comma-separated. */
  @Column(name = "SCOPES", nullable = false)
  private String scopes;

  @Column(name = "RATE_PER_MINUTE", nullable = false)
  private int ratePerMinute;

  @Column(name = "CREATED_AT_MS", nullable = false)
  private long createdAtMillis;

  @Column(name = "CREATED_BY", nullable = false)
  private String createdBy;

  @Column(name = "EXPIRES_AT_MS", nullable = false)
  private long expiresAtMillis;

  @Column(name = "REVOKED_AT_MS")
  private Long revokedAtMillis;

  @Column(name = "REVOKED_BY")
  private String revokedBy;

  @Column(name = "LAST_USED_AT_MS")
  private Long lastUsedAtMillis;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public void setTokenHash(String tokenHash) {
    this.tokenHash = tokenHash;
  }

  public String getTokenPrefix() {
    return tokenPrefix;
  }

  public void setTokenPrefix(String tokenPrefix) {
    this.tokenPrefix = tokenPrefix;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  public int getRatePerMinute() {
    return ratePerMinute;
  }

  public void setRatePerMinute(int ratePerMinute) {
    this.ratePerMinute = ratePerMinute;
  }

  public long getCreatedAtMillis() {
    return createdAtMillis;
  }

  public void setCreatedAtMillis(long createdAtMillis) {
    this.createdAtMillis = createdAtMillis;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public long getExpiresAtMillis() {
    return expiresAtMillis;
  }

  public void setExpiresAtMillis(long expiresAtMillis) {
    this.expiresAtMillis = expiresAtMillis;
  }

  public Long getRevokedAtMillis() {
    return revokedAtMillis;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public void revoke(long now, String by) {
    revokedAtMillis = now;
    revokedBy = by;
  }

  public Long getLastUsedAtMillis() {
    return lastUsedAtMillis;
  }

  public void setLastUsedAtMillis(Long lastUsedAtMillis) {
    this.lastUsedAtMillis = lastUsedAtMillis;
  }
}
