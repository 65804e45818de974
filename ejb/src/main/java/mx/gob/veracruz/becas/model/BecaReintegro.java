package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A refund a beneficiary owes, charged through cobros. */
@Entity
@Table(name = "BECA_REINTEGRO")
@NamedQuery(
    name = "BecaReintegro.ofSolicitud",
    query = "select r from BecaReintegro r where r.solicitudId = :id order by r.createdAt")
@NamedQuery(
    name = "BecaReintegro.byCobro",
    query = "select r from BecaReintegro r where r.cobroFolio = :folio")
public class BecaReintegro {
  @Id
  @TableGenerator(
      name = "BECA_REINTEGRO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_REINTEGRO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_REINTEGRO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SOLICITUD_ID")
  private Long solicitudId;

  @Column(name = "AMOUNT")
  private java.math.BigDecimal amount;

  @Column(name = "REASON")
  private String reason;

  @Column(name = "COBRO_FOLIO")
  private String cobroFolio;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "CREATED_AT")
  private java.time.Instant createdAt;

  @Column(name = "CREATED_BY")
  private String createdBy;

  @Column(name = "PAID_AT")
  private java.time.Instant paidAt;

  public Long getId() {
    return id;
  }

  public Long getSolicitudId() {
    return solicitudId;
  }

  public void setSolicitudId(Long v) {
    this.solicitudId = v;
  }

  public java.math.BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(java.math.BigDecimal v) {
    this.amount = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    this.reason = v;
  }

  public String getCobroFolio() {
    return cobroFolio;
  }

  public void setCobroFolio(String v) {
    this.cobroFolio = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public java.time.Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(java.time.Instant v) {
    this.createdAt = v;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String v) {
    this.createdBy = v;
  }

  public java.time.Instant getPaidAt() {
    return paidAt;
  }

  public void setPaidAt(java.time.Instant v) {
    this.paidAt = v;
  }
}
