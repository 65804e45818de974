package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One version of a procedure's definition (JSON), never changed once written. */
@Entity
@Table(name = "TRAMITE_VERSION")
@NamedQuery(
    name = "TramiteVersion.of",
    query =
        "select v from TramiteVersion v where v.tramiteId = :tramiteId and v.versionNo = :versionNo")
@NamedQuery(
    name = "TramiteVersion.history",
    query =
        "select v from TramiteVersion v where v.tramiteId = :tramiteId order by v.versionNo desc")
public class TramiteVersion {
  @Id
  @TableGenerator(
      name = "TRAMITE_VERSION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "TRAMITE_VERSION",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "TRAMITE_VERSION")
  @Column(name = "ID")
  private Long id;

  @Column(name = "TRAMITE_ID")
  private Long tramiteId;

  @Column(name = "VERSION_NO")
  private int versionNo;

  @Column(name = "DEFINITION")
  private String definition;

  @Column(name = "CREATED_AT")
  private java.time.Instant createdAt;

  @Column(name = "CREATED_BY")
  private String createdBy;

  @Column(name = "NOTE")
  private String note;

  public Long getId() {
    return id;
  }

  public Long getTramiteId() {
    return tramiteId;
  }

  public void setTramiteId(Long tramiteId) {
    this.tramiteId = tramiteId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public void setVersionNo(int versionNo) {
    this.versionNo = versionNo;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public java.time.Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(java.time.Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
