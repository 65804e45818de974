package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A change of CLABE a beneficiary asks for; a clerk decides it. */
@Entity
@Table(name = "BECA_CAMBIO")
@NamedQuery(
    name = "BecaCambio.ofSolicitud",
    query =
        "select c from BecaCambio c where c.solicitudId = :id order by c.requestedAt desc, c.id desc")
public class BecaCambio {
  @Id
  @TableGenerator(
      name = "BECA_CAMBIO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_CAMBIO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_CAMBIO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SOLICITUD_ID")
  private Long solicitudId;

  @Column(name = "NEW_CLABE")
  private String newClabe;

  @Column(name = "REASON")
  private String reason;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "REQUESTED_AT")
  private java.time.Instant requestedAt;

  @Column(name = "DECIDED_BY")
  private String decidedBy;

  @Column(name = "DECIDED_AT")
  private java.time.Instant decidedAt;

  @Column(name = "DECISION_NOTE")
  private String decisionNote;

  public Long getId() {
    return id;
  }

  public Long getSolicitudId() {
    return solicitudId;
  }

  public void setSolicitudId(Long v) {
    this.solicitudId = v;
  }

  public String getNewClabe() {
    return newClabe;
  }

  public void setNewClabe(String v) {
    this.newClabe = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    this.reason = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public java.time.Instant getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(java.time.Instant v) {
    this.requestedAt = v;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String v) {
    this.decidedBy = v;
  }

  public java.time.Instant getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(java.time.Instant v) {
    this.decidedAt = v;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String v) {
    this.decisionNote = v;
  }
}
