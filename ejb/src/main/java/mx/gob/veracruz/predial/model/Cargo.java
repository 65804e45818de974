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

/** An online card charge created at the payment gateway for a predio's statement. */
@Entity
@Table(name = "PREDIAL_CARGO")
@NamedQuery(name = "Cargo.byChargeId", query = "select c from Cargo c where c.chargeId = :chargeId")
@NamedQuery(
    name = "Cargo.byPredio",
    query = "select c from Cargo c where c.predioId = :predioId order by c.createdAt desc")
@NamedQuery(name = "Cargo.byChargeIds", query = "select c from Cargo c where c.chargeId in :ids")
@NamedQuery(
    name = "Cargo.byIdempotencyKey",
    query = "select c from Cargo c where c.idempotencyKey = :k")
public class Cargo {
  @Id
  @TableGenerator(
      name = "PREDIAL_CARGO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_CARGO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_CARGO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CHARGE_ID")
  private String chargeId;

  @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  @Column(name = "AMOUNT")
  private BigDecimal amount;

  @Column(name = "STATEMENT_DATE")
  private LocalDate statementDate;

  // the stored codes are the constant names, as before the enum (no migration)
  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private CargoStatus status;

  @Column(name = "CHECKOUT_URL")
  private String checkoutUrl;

  @Column(name = "PAYER_NAME")
  private String payerName;

  @Column(name = "CREATED_AT")
  private Instant createdAt;

  @Column(name = "COMPLETED_AT")
  private Instant completedAt;

  @Column(name = "PAGO_ID")
  private Long pagoId;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getChargeId() {
    return chargeId;
  }

  public void setChargeId(String chargeId) {
    this.chargeId = chargeId;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public Long getPredioId() {
    return predioId;
  }

  public void setPredioId(Long predioId) {
    this.predioId = predioId;
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

  public CargoStatus getStatus() {
    return status;
  }

  public void setStatus(CargoStatus status) {
    this.status = status;
  }

  public String getCheckoutUrl() {
    return checkoutUrl;
  }

  public void setCheckoutUrl(String checkoutUrl) {
    this.checkoutUrl = checkoutUrl;
  }

  public String getPayerName() {
    return payerName;
  }

  public void setPayerName(String payerName) {
    this.payerName = payerName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(Instant completedAt) {
    this.completedAt = completedAt;
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
