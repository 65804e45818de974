package mx.gob.veracruz.sirc.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** An Open311 API key: its SHA-256, the application and the contact it was issued to. */
@Entity
@Table(name = "SIRC_API_KEY")
@NamedQuery(name = "ApiKey.byHash", query = "select k from ApiKey k where k.keyHash = :hash")
@NamedQuery(name = "ApiKey.all", query = "select k from ApiKey k order by k.createdAtMillis desc")
public class ApiKey {
  @Id
  @TableGenerator(
      name = "SIRC_API_KEY",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_API_KEY",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_API_KEY")
  @Column(name = "ID")
  private Long id;

  @Column(name = "KEY_HASH")
  private String keyHash;

  @Column(name = "KEY_PREFIX")
  private String keyPrefix;

  @Column(name = "APPLICATION")
  private String application;

  @Column(name = "CONTACT")
  private String contact;

  @Column(name = "CREATED_AT_MS")
  private long createdAtMillis;

  @Column(name = "CREATED_BY")
  private String createdBy;

  @Column(name = "REVOKED_AT_MS")
  private Long revokedAtMillis;

  @Column(name = "RATE_PER_MINUTE")
  private int ratePerMinute = 60;

  public int getRatePerMinute() {
    return ratePerMinute;
  }

  public void setRatePerMinute(int ratePerMinute) {
    this.ratePerMinute = ratePerMinute;
  }

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getKeyHash() {
    return keyHash;
  }

  public void setKeyHash(String keyHash) {
    this.keyHash = keyHash;
  }

  public String getKeyPrefix() {
    return keyPrefix;
  }

  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  public String getApplication() {
    return application;
  }

  public void setApplication(String application) {
    this.application = application;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
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

  public Long getRevokedAtMillis() {
    return revokedAtMillis;
  }

  public void setRevokedAtMillis(Long revokedAtMillis) {
    this.revokedAtMillis = revokedAtMillis;
  }

  public long getVersion() {
    return version;
  }
}
