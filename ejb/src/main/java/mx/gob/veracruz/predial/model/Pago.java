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

/** A payment posted to a predio, with its receipt folio; cancelled only with approval. */
@Entity
@Table(name = "PREDIAL_PAGO")
@NamedQuery(name = "Pago.byFolio", query = "select p from Pago p where p.folio = :folio")
@NamedQuery(name = "Pago.byExternalKey", query = "select p from Pago p where p.externalKey = :key")
@NamedQuery(
    name = "Pago.byPredio",
    query = "select p from Pago p where p.predioId = :predioId order by p.paidAt desc")
@NamedQuery(
    name = "Pago.bySesion",
    query = "select p from Pago p where p.cajaSesionId = :sesionId order by p.paidAt")
@NamedQuery(
    name = "Pago.externalKeysIn",
    query = "select p.externalKey from Pago p where p.externalKey in :keys")
@NamedQuery(
    name = "Pago.onlineUnreported",
    query =
        "select p from Pago p where p.channel = :online"
            + " and p.externalKey like 'pasarela:%' and p.status = :applied and p.paidAt >= :from and p.paidAt < :to"
            + " and not exists (select l.id from ArchivoLinea l, Archivo f where l.archivoId = f.id"
            + " and f.layout = 'GATEWAY-CSV' and f.businessDate = :date and f.status <> :refused and l.pagoId = p.id)"
            + " order by p.paidAt")
public class Pago {
  @Id
  @TableGenerator(
      name = "PREDIAL_PAGO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_PAGO",
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_PAGO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FOLIO", nullable = false, updatable = false)
  private String folio;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  // the stored codes are the constant names, as before the enum (no migration)
  @Enumerated(EnumType.STRING)
  @Column(name = "CHANNEL")
  private PaymentChannel channel;

  @Column(name = "CHANNEL_DETAIL")
  private String channelDetail;

  /**
   * Whether it pays a year before the one it was paid in (arrears): the indicators of accounts in
   * arrears on a past day read only these payments.
   */
  @Column(name = "PAST_YEARS", nullable = false)
  private short pastYears;

  /** The bank of a bank-reference payment ({@code BANCO} channel), else null. */
  @Column(name = "BANK")
  private String bank;

  @Column(name = "EXTERNAL_KEY", nullable = false, updatable = false)
  private String externalKey;

  @Column(name = "AMOUNT")
  private BigDecimal amount;

  @Column(name = "STATEMENT_DATE")
  private LocalDate statementDate;

  /** Still owed right after this payment, as of its statement date (null before V7). */
  @Column(name = "SALDO_DESPUES", precision = 14, scale = 2)
  private java.math.BigDecimal balanceAfter;

  public java.math.BigDecimal getBalanceAfter() {
    return balanceAfter;
  }

  public void setBalanceAfter(java.math.BigDecimal balanceAfter) {
    this.balanceAfter = balanceAfter;
  }

  @Column(name = "PAID_AT")
  private Instant paidAt;

  @Column(name = "PAYER_NAME")
  private String payerName;

  @Column(name = "PAYER_RFC")
  private String payerRfc;

  @Column(name = "CASHIER")
  private String cashier;

  @Column(name = "CAJA_SESION_ID")
  private Long cajaSesionId;

  // the stored codes are the constant names, as before the enum (no migration)
  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private PaymentStatus status;

  @Column(name = "VERIFICATION_CODE")
  private String verificationCode;

  @Column(name = "CANCELLED_AT")
  private Instant cancelledAt;

  @Column(name = "CANCEL_REASON")
  private String cancelReason;

  @Column(name = "CFDI_UUID")
  private String cfdiUuid;

  @Column(name = "CFDI_XML")
  private String cfdiXml;

  @Column(name = "CREATED_AT")
  private Instant createdAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public Long getPredioId() {
    return predioId;
  }

  public void setPredioId(Long predioId) {
    this.predioId = predioId;
  }

  public PaymentChannel getChannel() {
    return channel;
  }

  public void setChannel(PaymentChannel channel) {
    this.channel = channel;
  }

  public String getChannelDetail() {
    return channelDetail;
  }

  public void setChannelDetail(String channelDetail) {
    this.channelDetail = channelDetail;
  }

  public boolean isPastYears() {
    return pastYears == 1;
  }

  public void setPastYears(boolean pastYears) {
    this.pastYears = (short) (pastYears ? 1 : 0);
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public String getExternalKey() {
    return externalKey;
  }

  public void setExternalKey(String externalKey) {
    this.externalKey = externalKey;
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

  public Instant getPaidAt() {
    return paidAt;
  }

  public void setPaidAt(Instant paidAt) {
    this.paidAt = paidAt;
  }

  public String getPayerName() {
    return payerName;
  }

  public void setPayerName(String payerName) {
    this.payerName = payerName;
  }

  public String getPayerRfc() {
    return payerRfc;
  }

  public void setPayerRfc(String payerRfc) {
    this.payerRfc = payerRfc;
  }

  public String getCashier() {
    return cashier;
  }

  public void setCashier(String cashier) {
    this.cashier = cashier;
  }

  public Long getCajaSesionId() {
    return cajaSesionId;
  }

  public void setCajaSesionId(Long cajaSesionId) {
    this.cajaSesionId = cajaSesionId;
  }

  public PaymentStatus getStatus() {
    return status;
  }

  public void setStatus(PaymentStatus status) {
    this.status = status;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public void setVerificationCode(String verificationCode) {
    this.verificationCode = verificationCode;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public void setCancelledAt(Instant cancelledAt) {
    this.cancelledAt = cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getCfdiUuid() {
    return cfdiUuid;
  }

  public void setCfdiUuid(String cfdiUuid) {
    this.cfdiUuid = cfdiUuid;
  }

  public String getCfdiXml() {
    return cfdiXml;
  }

  public void setCfdiXml(String cfdiXml) {
    this.cfdiXml = cfdiXml;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public long getVersion() {
    return version;
  }
}
