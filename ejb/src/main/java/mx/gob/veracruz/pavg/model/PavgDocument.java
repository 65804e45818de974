package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A document of a case: name and type sealed, bytes sealed. */
@Entity
@Table(name = "PAVG_DOCUMENT")
@NamedQuery(
    name = "PavgDocument.ofCase",
    query = "select d from PavgDocument d where d.caseId = :caseId order by d.atMillis")
public class PavgDocument {
  @Id
  @TableGenerator(
      name = "PAVG_DOCUMENT",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PAVG_DOCUMENT",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAVG_DOCUMENT")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CASE_ID")
  private Long caseId;

  @Column(name = "AT_MS")
  private long atMillis;

  @Column(name = "ACTOR")
  private String actor;

  @Column(name = "SIZE_BYTES")
  private int sizeBytes;

  @Column(name = "KEY_ID")
  private String keyId;

  @Column(name = "SEALED")
  private String sealed;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "CONTENT")
  private byte[] content;

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
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

  public int getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(int sizeBytes) {
    this.sizeBytes = sizeBytes;
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

  public byte[] getContent() {
    return content;
  }

  public void setContent(byte[] content) {
    this.content = content;
  }
}
