package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A step of a case's history; internal notes are not shown to the applicant. */
@Entity
@Table(name = "TRAMITE_EVENTO")
@NamedQuery(
    name = "ExpedienteEvento.ofExpediente",
    query =
        "select e from ExpedienteEvento e where e.expedienteId = :expedienteId order by e.at, e.id")
public class ExpedienteEvento {
  @Id
  @TableGenerator(
      name = "TRAMITE_EVENTO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "TRAMITE_EVENTO",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "TRAMITE_EVENTO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "EXPEDIENTE_ID")
  private Long expedienteId;

  @Column(name = "AT_TIME")
  private java.time.Instant at;

  @Column(name = "ACTOR")
  private String actor;

  @Column(name = "KIND")
  private String kind;

  @Column(name = "DETAIL")
  private String detail;

  @Column(name = "INTERNAL")
  private boolean internal;

  public Long getId() {
    return id;
  }

  public Long getExpedienteId() {
    return expedienteId;
  }

  public void setExpedienteId(Long expedienteId) {
    this.expedienteId = expedienteId;
  }

  public java.time.Instant getAt() {
    return at;
  }

  public void setAt(java.time.Instant at) {
    this.at = at;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }
}
