package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** What happened to an application; public events are shown to her. */
@Entity
@Table(name = "BECA_EVENTO")
@NamedQuery(
    name = "BecaEvento.ofSolicitud",
    query = "select e from BecaEvento e where e.solicitudId = :id order by e.at, e.id")
public class BecaEvento {
  @Id
  @TableGenerator(
      name = "BECA_EVENTO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_EVENTO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_EVENTO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SOLICITUD_ID")
  private Long solicitudId;

  @Column(name = "AT_TIME")
  private java.time.Instant at;

  @Column(name = "KIND")
  private String kind;

  @Column(name = "TEXT")
  private String text;

  @Column(name = "ACTOR")
  private String actor;

  @Column(name = "PUBLIC_EVENT")
  private boolean publicEvent;

  public Long getId() {
    return id;
  }

  public Long getSolicitudId() {
    return solicitudId;
  }

  public void setSolicitudId(Long v) {
    this.solicitudId = v;
  }

  public java.time.Instant getAt() {
    return at;
  }

  public void setAt(java.time.Instant v) {
    this.at = v;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    this.kind = v;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    this.text = v;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String v) {
    this.actor = v;
  }

  public boolean isPublicEvent() {
    return publicEvent;
  }

  public void setPublicEvent(boolean v) {
    this.publicEvent = v;
  }
}
