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
 * A refresh token of the app: used once, replaced by the next of its family; a used one presented
 * again revokes the family.
 */
@Entity
@Table(name = "REFRESH_TOKEN")
@NamedQueries({
  @NamedQuery(
      name = "RefreshToken.byHash",
      query = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash"),
  @NamedQuery(
      name = "RefreshToken.revokeFamily",
      query =
          "UPDATE RefreshToken t SET t.revokedAtMillis = :now WHERE t.family = :family"
              + " AND t.revokedAtMillis IS NULL"),
  @NamedQuery(
      name = "RefreshToken.revokeAccount",
      query =
          "UPDATE RefreshToken t SET t.revokedAtMillis = :now WHERE t.accountId = :account"
              + " AND t.revokedAtMillis IS NULL")
})
public class RefreshToken {
  @Id
  @TableGenerator(
      name = "REFRESH_TOKEN",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "REFRESH_TOKEN",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "REFRESH_TOKEN")
  @Column(name = "ID")
  private Long id;

  public Long getId() {
    return id;
  }

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  @Column(name = "FAMILY", nullable = false)
  private String family;

  @Column(name = "TOKEN_HASH", nullable = false)
  private String tokenHash;

  @Column(name = "CREATED_AT_MS", nullable = false)
  private long createdAtMillis;

  @Column(name = "EXPIRES_AT_MS", nullable = false)
  private long expiresAtMillis;

  @Column(name = "USED_AT_MS")
  private Long usedAtMillis;

  @Column(name = "REVOKED_AT_MS")
  private Long revokedAtMillis;

  @Column(name = "CLIENT")
  private String client;

  public RefreshToken() {}

  public RefreshToken(
      Long accountId, String family, String tokenHash, long now, long expires, String client) {
    this.accountId = accountId;
    this.family = family;
    this.tokenHash = tokenHash;
    this.createdAtMillis = now;
    this.expiresAtMillis = expires;
    this.client = client;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getFamily() {
    return family;
  }

  public long getExpiresAtMillis() {
    return expiresAtMillis;
  }

  public Long getUsedAtMillis() {
    return usedAtMillis;
  }

  public void use(long now) {
    usedAtMillis = now;
  }

  public Long getRevokedAtMillis() {
    return revokedAtMillis;
  }

  public void revoke(long now) {
    revokedAtMillis = now;
  }

  public String getClient() {
    return client;
  }
}
