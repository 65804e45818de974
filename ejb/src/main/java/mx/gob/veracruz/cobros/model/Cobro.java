package mx.gob.veracruz.cobros.model;

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

/**
 * A charge: an amount owed for a revenue concept, issued by a module for one of its records, paid
 * once (the unique external key and receipt folio are the last guards).
 */
@Entity
@Table(name = "COBRO")
@NamedQuery(name = "Cobro.byFolio", query = "select c from Cobro c where c.folio = :folio")
@NamedQuery(
    name = "Cobro.byReferencia",
    query = "select c from Cobro c where c.referencia = :referencia")
@NamedQuery(
    name = "Cobro.referenciasIn",
    query = "select c.referencia from Cobro c where c.referencia in :refs")
@NamedQuery(name = "Cobro.byChargeId", query = "select c from Cobro c where c.chargeId = :chargeId")
@NamedQuery(
    name = "Cobro.byReceipt",
    query = "select c from Cobro c where c.receiptFolio = :receipt")
@NamedQuery(
    name = "Cobro.bySubject",
    query = "select c from Cobro c where c.module = :module and c.subject = :subject order by c.id")
public class Cobro {
  @Id
  @TableGenerator(
      name = "COBRO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "COBRO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "COBRO")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "MODULE")
  private String module;

  @Column(name = "SUBJECT")
  private String subject;

  @Column(name = "CONCEPT_CODE")
  private String conceptCode;

  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "AMOUNT")
  private java.math.BigDecimal amount;

  @Column(name = "PAYER_NAME")
  private String payerName;

  @Column(name = "PAYER_RFC")
  private String payerRfc;

  @Column(name = "CUENTA_ID")
  private Long cuentaId;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private CobroStatus status;

  @Column(name = "ISSUED_AT")
  private java.time.Instant issuedAt;

  @Column(name = "VALID_UNTIL")
  private java.time.LocalDate validUntil;

  @Column(name = "REFERENCIA")
  private String referencia;

  @Column(name = "BANK")
  private String bank;

  @Column(name = "ALGORITHM")
  private String algorithm;

  @Column(name = "CHARGE_ID")
  private String chargeId;

  @Column(name = "CHECKOUT_URL")
  private String checkoutUrl;

  @Column(name = "CHANNEL")
  private String channel;

  @Column(name = "CHANNEL_DETAIL")
  private String channelDetail;

  @Column(name = "EXTERNAL_KEY")
  private String externalKey;

  @Column(name = "PAID_AT")
  private java.time.Instant paidAt;

  @Column(name = "RECEIPT_FOLIO")
  private String receiptFolio;

  @Column(name = "CFDI_UUID")
  private String cfdiUuid;

  @Column(name = "CFDI_XML")
  private String cfdiXml;

  @Column(name = "CAJA_SESION_ID")
  private Long cajaSesionId;

  @Column(name = "VERIFICATION_CODE")
  private String verificationCode;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getConceptCode() {
    return conceptCode;
  }

  public void setConceptCode(String conceptCode) {
    this.conceptCode = conceptCode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public java.math.BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(java.math.BigDecimal amount) {
    this.amount = amount;
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

  public Long getCuentaId() {
    return cuentaId;
  }

  public void setCuentaId(Long cuentaId) {
    this.cuentaId = cuentaId;
  }

  public CobroStatus getStatus() {
    return status;
  }

  public void setStatus(CobroStatus status) {
    this.status = status;
  }

  public java.time.Instant getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(java.time.Instant issuedAt) {
    this.issuedAt = issuedAt;
  }

  public java.time.LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(java.time.LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getReferencia() {
    return referencia;
  }

  public void setReferencia(String referencia) {
    this.referencia = referencia;
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

  public String getChargeId() {
    return chargeId;
  }

  public void setChargeId(String chargeId) {
    this.chargeId = chargeId;
  }

  public String getCheckoutUrl() {
    return checkoutUrl;
  }

  public void setCheckoutUrl(String checkoutUrl) {
    this.checkoutUrl = checkoutUrl;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getChannelDetail() {
    return channelDetail;
  }

  public void setChannelDetail(String channelDetail) {
    this.channelDetail = channelDetail;
  }

  public String getExternalKey() {
    return externalKey;
  }

  public void setExternalKey(String externalKey) {
    this.externalKey = externalKey;
  }

  public java.time.Instant getPaidAt() {
    return paidAt;
  }

  public void setPaidAt(java.time.Instant paidAt) {
    this.paidAt = paidAt;
  }

  public String getReceiptFolio() {
    return receiptFolio;
  }

  public void setReceiptFolio(String receiptFolio) {
    this.receiptFolio = receiptFolio;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public void setVerificationCode(String verificationCode) {
    this.verificationCode = verificationCode;
  }

  public String getCfdiUuid() {
    return cfdiUuid;
  }

  public void setCfdiUuid(String v) {
    cfdiUuid = v;
  }

  public String getCfdiXml() {
    return cfdiXml;
  }

  public void setCfdiXml(String v) {
    cfdiXml = v;
  }

  public Long getCajaSesionId() {
    return cajaSesionId;
  }

  public void setCajaSesionId(Long v) {
    cajaSesionId = v;
  }
}
