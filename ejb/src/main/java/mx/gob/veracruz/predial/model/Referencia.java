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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A bank payment reference for a predio's statement, valid until a date. */
@Entity
@Table(name = "PREDIAL_REFERENCIA")
@NamedQuery(
    name = "Referencia.byReferencia",
    query = "select r from Referencia r where r.referencia = :ref")
@NamedQuery(
    name = "Referencia.activeByPredio",
    query =
        "select r from Referencia r where r.predioId = :predioId and r.status = mx.gob.veracruz.predial.model.ReferenciaStatus.VIGENTE")
@NamedQuery(
    name = "Referencia.byPredio",
    query = "select r from Referencia r where r.predioId = :predioId order by r.issuedAt desc")
@NamedQuery(
    name = "Referencia.byAmountNear",
    query =
        "select r from Referencia r where r.amount = :amount and r.validUntil >= :from"
            + " and r.issuedAt < :to order by r.issuedAt desc")
@NamedQuery(
    name = "Referencia.byPrefix",
    query = "select r from Referencia r where r.referencia like :prefix order by r.issuedAt desc")
public class Referencia {
  @Id
  @TableGenerator(
      name = "PREDIAL_REFERENCIA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_REFERENCIA",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_REFERENCIA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "REFERENCIA", nullable = false, updatable = false)
  private String referencia;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  @Column(name = "BANK")
  private String bank;

  @Column(name = "ALGORITHM")
  private String algorithm;

  @Column(name = "AMOUNT")
  private BigDecimal amount;

  @Column(name = "STATEMENT_DATE")
  private LocalDate statementDate;

  @Column(name = "VALID_UNTIL")
  private LocalDate validUntil;

  @Column(name = "ISSUED_AT")
  private Instant issuedAt;

  @Column(name = "ISSUED_BY")
  private String issuedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private ReferenciaStatus status;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getReferencia() {
    return referencia;
  }

  public void setReferencia(String referencia) {
    this.referencia = referencia;
  }

  public Long getPredioId() {
    return predioId;
  }

  public void setPredioId(Long predioId) {
    this.predioId = predioId;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public void setAlgorithm(String algorithm) {
    this.algorithm = algorithm;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getStatementDate() {
    return statementDate;
  }

  public void setStatementDate(LocalDate statementDate) {
    this.statementDate = statementDate;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(Instant issuedAt) {
    this.issuedAt = issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public void setIssuedBy(String issuedBy) {
    this.issuedBy = issuedBy;
  }

  public ReferenciaStatus getStatus() {
    return status;
  }

  public void setStatus(ReferenciaStatus status) {
    this.status = status;
  }

  public Long getPagoId() {
    return pagoId;
  }

  public void setPagoId(Long pagoId) {
    this.pagoId = pagoId;
  }

  public long getVersion() {
    return version;
  }
}
