package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** What a beneficiary is owed for one period; paid at most once. */
@Entity
@Table(name = "BECA_PAGO")
@NamedQuery(
    name = "BecaPago.of",
    query = "select p from BecaPago p where p.solicitudId = :id and p.periodNo = :period")
@NamedQuery(
    name = "BecaPago.ofSolicitud",
    query = "select p from BecaPago p where p.solicitudId = :id order by p.periodNo")
public class BecaPago {
  @Id
  @TableGenerator(
      name = "BECA_PAGO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_PAGO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_PAGO")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "SOLICITUD_ID")
  private Long solicitudId;

  @Column(name = "PERIOD_NO")
  private int periodNo;

  @Column(name = "AMOUNT")
  private java.math.BigDecimal amount;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "PAID_AT")
  private java.time.Instant paidAt;

  @Column(name = "PAID_ORDER_ID")
  private Long paidOrderId;

  public Long getId() {
    return id;
  }

  public Long getSolicitudId() {
    return solicitudId;
  }

  public void setSolicitudId(Long v) {
    this.solicitudId = v;
  }

  public int getPeriodNo() {
    return periodNo;
  }

  public void setPeriodNo(int v) {
    this.periodNo = v;
  }

  public java.math.BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(java.math.BigDecimal v) {
    this.amount = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public java.time.Instant getPaidAt() {
    return paidAt;
  }

  public void setPaidAt(java.time.Instant v) {
    this.paidAt = v;
  }

  public Long getPaidOrderId() {
    return paidOrderId;
  }

  public void setPaidOrderId(Long v) {
    this.paidOrderId = v;
  }
}
