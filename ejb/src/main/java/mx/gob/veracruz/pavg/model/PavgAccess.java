package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A supervisor's break-glass on a case, with its sealed reason. */
@Entity
@Table(name = "PAVG_ACCESS")
@NamedQuery(
    name = "PavgAccess.ofCase",
    query = "select a from PavgAccess a where a.caseId = :caseId order by a.atMillis desc")
@NamedQuery(
    name = "PavgAccess.active",
    query =
        "select a from PavgAccess a where a.caseId = :caseId and a.username = :username and a.untilMillis > :now")
public class PavgAccess {
  @Id
  @TableGenerator(
      name = "PAVG_ACCESS",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PAVG_ACCESS",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAVG_ACCESS")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CASE_ID")
  private Long caseId;

  @Column(name = "USERNAME")
  private String username;

  @Column(name = "AT_MS")
  private long atMillis;

  @Column(name = "UNTIL_MS")
  private long untilMillis;

  @Column(name = "KEY_ID")
  private String keyId;

  @Column(name = "SEALED")
  private String sealed;

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public long getAtMillis() {
    return atMillis;
  }

  public void setAtMillis(long atMillis) {
    this.atMillis = atMillis;
  }

  public long getUntilMillis() {
    return untilMillis;
  }

  public void setUntilMillis(long untilMillis) {
    this.untilMillis = untilMillis;
  }

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  public String getSealed() {
    return sealed;
  }

  public void setSealed(String sealed) {
    this.sealed = sealed;
  }
}
