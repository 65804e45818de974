package mx.gob.veracruz.predial.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** A requested cancellation of a payment, applied only after a supervisor approves it. */
@Entity
@Table(name = "PREDIAL_AJUSTE")
@NamedQuery(
    name = "Ajuste.pending",
    query =
        "select a from Ajuste a where a.status = mx.gob.veracruz.predial.model.AjusteStatus.PENDIENTE order by a.requestedAt")
@NamedQuery(
    name = "Ajuste.byPago",
    query = "select a from Ajuste a where a.pagoId = :pagoId order by a.requestedAt desc")
public class Ajuste {
  @Id
  @TableGenerator(
      name = "PREDIAL_AJUSTE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_AJUSTE",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_AJUSTE")
  @Column(name = "ID")
  private Long id;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND")
  private AjusteKind kind;

  @Column(name = "REASON")
  private String reason;

  @Column(name = "REQUESTED_BY")
  private String requestedBy;

  @Column(name = "REQUESTED_AT")
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private AjusteStatus status;

  @Column(name = "DECIDED_BY")
  private String decidedBy;

  @Column(name = "DECIDED_AT")
  private Instant decidedAt;

  @Column(name = "DECISION_NOTE")
  private String decisionNote;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public Long getPagoId() {
    return pagoId;
  }

  public void setPagoId(Long pagoId) {
    this.pagoId = pagoId;
  }

  public AjusteKind getKind() {
    return kind;
  }

  public void setKind(AjusteKind kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(String requestedBy) {
    this.requestedBy = requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public void setRequestedAt(Instant requestedAt) {
    this.requestedAt = requestedAt;
  }

  public AjusteStatus getStatus() {
    return status;
  }

  public void setStatus(AjusteStatus status) {
    this.status = status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public void setDecidedAt(Instant decidedAt) {
    this.decidedAt = decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }

  public long getVersion() {
    return version;
  }
}
