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
 * A one-time secret of an account (e-mail verification, password reset, counter code for the CURP):
 * only its SHA-256 is kept; used once; expires.
 */
@Entity
@Table(name = "ACCOUNT_SECRET")
@NamedQueries({
  @NamedQuery(
      name = "AccountSecret.byHash",
      query = "SELECT s FROM AccountSecret s WHERE s.secretHash = :hash"),
  @NamedQuery(
      name = "AccountSecret.openOf",
      query =
          "SELECT s FROM AccountSecret s WHERE s.accountId = :account AND s.purpose = :purpose"
              + " AND s.usedAtMillis IS NULL")
})
public class AccountSecret {
  @Id
  @TableGenerator(
      name = "ACCOUNT_SECRET",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "ACCOUNT_SECRET",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ACCOUNT_SECRET")
  @Column(name = "ID")
  private Long id;

  public Long getId() {
    return id;
  }

  @Column(name = "ACCOUNT_ID", nullable = false)
  private Long accountId;

  /** VERIFICAR, RESTABLECER, VENTANILLA. */
  @Column(name = "PURPOSE", nullable = false)
  private String purpose;

  @Column(name = "SECRET_HASH", nullable = false)
  private String secretHash;

  /** For a counter code: the CURP the clerk saw on the ID. */
  @Column(name = "CURP")
  private String curp;

  @Column(name = "CREATED_AT_MS", nullable = false)
  private long createdAtMillis;

  @Column(name = "CREATED_BY", nullable = false)
  private String createdBy;

  @Column(name = "EXPIRES_AT_MS", nullable = false)
  private long expiresAtMillis;

  @Column(name = "USED_AT_MS")
  private Long usedAtMillis;

  @Column(name = "NOTE")
  private String note;

  public AccountSecret() {}

  public AccountSecret(
      Long accountId, String purpose, String secretHash, long now, long expires, String createdBy) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.secretHash = secretHash;
    this.createdAtMillis = now;
    this.expiresAtMillis = expires;
    this.createdBy = createdBy;
  }

  public boolean usableAt(long now) {
    return usedAtMillis == null && expiresAtMillis > now;
  }

  public void use(long now) {
    usedAtMillis = now;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public long getExpiresAtMillis() {
    return expiresAtMillis;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
