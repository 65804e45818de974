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
import jakarta.persistence.Version;

/**
 * A citizen's account: the e-mail is the login; the CURP is declared and counts once verified (by
 * the identity provider or a counter code). Lock-out backs off: 15 minutes after 5 failures, then
 * doubling with each further lock-out, up to a day.
 */
@Entity
@Table(name = "CITIZEN_ACCOUNT")
@NamedQueries({
  @NamedQuery(
      name = "CitizenAccount.byEmail",
      query = "SELECT a FROM CitizenAccount a WHERE a.email = :email"),
  @NamedQuery(
      name = "CitizenAccount.byOidcSubject",
      query = "SELECT a FROM CitizenAccount a WHERE a.oidcSubject = :sub"),
  @NamedQuery(
      name = "CitizenAccount.verifiedByCurp",
      query =
          "SELECT a FROM CitizenAccount a WHERE a.curp = :curp AND a.curpVerifiedBy IS NOT NULL"),
  @NamedQuery(
      name = "CitizenAccount.search",
      query =
          "SELECT a FROM CitizenAccount a WHERE a.email LIKE :q OR a.curp LIKE :q ORDER BY a.email")
})
public class CitizenAccount {
  @Id
  @TableGenerator(
      name = "CITIZEN_ACCOUNT",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "CITIZEN_ACCOUNT",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "CITIZEN_ACCOUNT")
  @Column(name = "ID")
  private Long id;

  public Long getId() {
    return id;
  }

  @Column(name = "EMAIL", nullable = false)
  private String email;

  @Column(name = "FULL_NAME", nullable = false)
  private String fullName;

  @Column(name = "PASSWORD_HASH")
  private String passwordHash;

  /** PENDIENTE (e-mail not verified), ACTIVA, BAJA. */
  @Column(name = "STATUS", nullable = false)
  private String status;

  @Column(name = "CURP")
  private String curp;

  /** LLAVE (identity provider) or VENTANILLA (counter code); null while not verified. */
  @Column(name = "CURP_VERIFIED_BY")
  private String curpVerifiedBy;

  @Column(name = "CURP_VERIFIED_AT_MS")
  private Long curpVerifiedAtMillis;

  @Column(name = "OIDC_SUBJECT")
  private String oidcSubject;

  @Column(name = "FAILED_ATTEMPTS", nullable = false)
  private int failedAttempts;

  @Column(name = "LOCK_COUNT", nullable = false)
  private int lockCount;

  @Column(name = "LOCKED_UNTIL_MS")
  private Long lockedUntilMillis;

  @Column(name = "NOTIFY_EMAIL", nullable = false)
  private boolean notifyEmail = true;

  @Column(name = "NOTIFY_SMS", nullable = false)
  private boolean notifySms;

  @Column(name = "NOTIFY_PUSH", nullable = false)
  private boolean notifyPush;

  @Column(name = "PHONE")
  private String phone;

  @Column(name = "CREATED_AT_MS", nullable = false)
  private long createdAtMillis;

  @Column(name = "LAST_LOGIN_AT_MS")
  private Long lastLoginAtMillis;

  @Column(name = "TOKENS_VALID_AFTER_MS", nullable = false)
  private long tokensValidAfterMillis;

  @Version
  @Column(name = "VERSION")
  private long version;

  public boolean isLockedAt(long now) {
    return lockedUntilMillis != null && lockedUntilMillis > now;
  }

  /**
   * A failed password: the fifth in a row locks the account, 15 minutes the first time and twice as
   * long each time after, up to 24 hours. True when this failure locked it.
   */
  public boolean registerFailure(long now, int maxAttempts) {
    failedAttempts++;
    if (failedAttempts >= maxAttempts) {
      long minutes = Math.min(24 * 60, 15L << Math.min(lockCount, 7));
      lockedUntilMillis = now + minutes * 60_000L;
      lockCount++;
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  public void registerSuccess(long now) {
    failedAttempts = 0;
    lockCount = 0;
    lockedUntilMillis = null;
    lastLoginAtMillis = now;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getCurpVerifiedBy() {
    return curpVerifiedBy;
  }

  public void setCurpVerifiedBy(String curpVerifiedBy) {
    this.curpVerifiedBy = curpVerifiedBy;
  }

  public Long getCurpVerifiedAtMillis() {
    return curpVerifiedAtMillis;
  }

  public void setCurpVerifiedAtMillis(Long curpVerifiedAtMillis) {
    this.curpVerifiedAtMillis = curpVerifiedAtMillis;
  }

  public String getOidcSubject() {
    return oidcSubject;
  }

  public void setOidcSubject(String oidcSubject) {
    this.oidcSubject = oidcSubject;
  }

  public Long getLockedUntilMillis() {
    return lockedUntilMillis;
  }

  public boolean isNotifyEmail() {
    return notifyEmail;
  }

  public void setNotifyEmail(boolean notifyEmail) {
    this.notifyEmail = notifyEmail;
  }

  public boolean isNotifySms() {
    return notifySms;
  }

  public void setNotifySms(boolean notifySms) {
    this.notifySms = notifySms;
  }

  public boolean isNotifyPush() {
    return notifyPush;
  }

  public void setNotifyPush(boolean notifyPush) {
    this.notifyPush = notifyPush;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public long getCreatedAtMillis() {
    return createdAtMillis;
  }

  public void setCreatedAtMillis(long createdAtMillis) {
    this.createdAtMillis = createdAtMillis;
  }

  public Long getLastLoginAtMillis() {
    return lastLoginAtMillis;
  }

  public long getTokensValidAfterMillis() {
    return tokensValidAfterMillis;
  }

  public void setTokensValidAfterMillis(long tokensValidAfterMillis) {
    this.tokensValidAfterMillis = tokensValidAfterMillis;
  }
}
