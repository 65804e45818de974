package mx.gob.veracruz.common.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A staff account of the consoles; the password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "APP_USER")
@NamedQuery(
    name = "AppUser.findByUsername",
    query = "select u from AppUser u where u.username = :username")
@NamedQuery(
    name = "AppUser.countDemo",
    query = "select count(u) from AppUser u where u.demo = true")
@NamedQuery(
    name = "AppUser.countWithRole",
    query = "select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
@NamedQuery(
    name = "AppUser.withRole",
    query =
        "select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.username")
public class AppUser {
  @Id
  @TableGenerator(
      name = "APP_USER",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "APP_USER",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "APP_USER")
  @Column(name = "ID")
  private Long id;

  @Column(name = "USERNAME", nullable = false, unique = true)
  private String username;

  @Column(name = "FULL_NAME", nullable = false)
  private String fullName;

  @Column(name = "EMAIL")
  private String email;

  @Column(name = "PASSWORD_HASH", nullable = false)
  private String passwordHash;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled = true;

  @Column(name = "DEMO", nullable = false)
  private boolean demo;

  @Column(name = "FAILED_ATTEMPTS", nullable = false)
  private int failedAttempts;

  @Column(name = "LOCKED_UNTIL")
  private Instant lockedUntil;

  @Column(name = "LAST_LOGIN_AT")
  private Instant lastLoginAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "DEPENDENCIA_ID")
  private Dependencia dependencia;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "APP_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
  @Column(name = "ROLE_NAME")
  private Set<String> roles = new HashSet<>();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected AppUser() {}

  public AppUser(String username, String fullName, String passwordHash, boolean demo) {
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.demo = demo;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Counts a failed login; after {@code maxAttempts} the account is locked for {@code lockFor}. */
  public boolean registerFailure(Instant now, int maxAttempts, java.time.Duration lockFor) {
    failedAttempts++;
    if (failedAttempts >= maxAttempts) {
      lockedUntil = now.plus(lockFor);
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  public void registerSuccess(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isDemo() {
    return demo;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Dependencia getDependencia() {
    return dependencia;
  }

  public void setDependencia(Dependencia dependencia) {
    this.dependencia = dependencia;
  }

  public Set<String> getRoles() {
    return roles;
  }
}
