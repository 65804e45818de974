package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One attempt to pay a BecaPago through one dispersion. */
@Entity
@Table(name = "BECA_ORDEN")
@NamedQuery(name = "BecaOrden.byFolio", query = "select o from BecaOrden o where o.folio = :folio")
@NamedQuery(
    name = "BecaOrden.ofDispersion",
    query = "select o from BecaOrden o where o.dispersionId = :id and o.id > :after order by o.id")
@NamedQuery(
    name = "BecaOrden.ofSolicitud",
    query = "select o from BecaOrden o where o.solicitudId = :id order by o.id")
public class BecaOrden {
  @Id
  @TableGenerator(
      name = "BECA_ORDEN",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_ORDEN",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_ORDEN")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "DISPERSION_ID")
  private Long dispersionId;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Column(name = "SOLICITUD_ID")
  private Long solicitudId;

  @Column(name = "CLABE")
  private String clabe;

  @Column(name = "BENEFICIARY")
  private String beneficiary;

  @Column(name = "AMOUNT")
  private java.math.BigDecimal amount;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "BANK_CODE")
  private String bankCode;

  @Column(name = "BANK_REASON")
  private String bankReason;

  @Column(name = "RETURN_ID")
  private Long returnId;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String v) {
    this.folio = v;
  }

  public Long getDispersionId() {
    return dispersionId;
  }

  public void setDispersionId(Long v) {
    this.dispersionId = v;
  }

  public Long getPagoId() {
    return pagoId;
  }

  public void setPagoId(Long v) {
    this.pagoId = v;
  }

  public Long getSolicitudId() {
    return solicitudId;
  }

  public void setSolicitudId(Long v) {
    this.solicitudId = v;
  }

  public String getClabe() {
    return clabe;
  }

  public void setClabe(String v) {
    this.clabe = v;
  }

  public String getBeneficiary() {
    return beneficiary;
  }

  public void setBeneficiary(String v) {
    this.beneficiary = v;
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

  public String getBankCode() {
    return bankCode;
  }

  public void setBankCode(String v) {
    this.bankCode = v;
  }

  public String getBankReason() {
    return bankReason;
  }

  public void setBankReason(String v) {
    this.bankReason = v;
  }

  public Long getReturnId() {
    return returnId;
  }

  public void setReturnId(Long v) {
    this.returnId = v;
  }
}
