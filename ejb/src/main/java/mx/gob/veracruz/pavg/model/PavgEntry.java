package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One entry of a case's record (note, message, measure, referral, risk, closure), sealed. */
@Entity
@Table(name = "PAVG_ENTRY")
@NamedQuery(
    name = "PavgEntry.ofCase",
    query = "select e from PavgEntry e where e.caseId = :caseId order by e.atMillis, e.id")
public class PavgEntry {
  @Id
  @TableGenerator(
      name = "PAVG_ENTRY",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PAVG_ENTRY",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAVG_ENTRY")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CASE_ID")
  private Long caseId;

  @Column(name = "KIND")
  private String kind;

  @Column(name = "AT_MS")
  private long atMillis;

  @Column(name = "ACTOR")
  private String actor;

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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public long getAtMillis() {
    return atMillis;
  }

  public void setAtMillis(long atMillis) {
    this.atMillis = atMillis;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
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
