package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A filed case of a procedure, under the version it was filed with. */
@Entity
@Table(name = "TRAMITE_EXPEDIENTE")
@NamedQuery(
    name = "Expediente.byFolio",
    query = "select e from Expediente e where e.folio = :folio")
@NamedQuery(
    name = "Expediente.byCobro",
    query = "select e from Expediente e where e.cobroFolio = :cobro")
@NamedQuery(
    name = "Expediente.ofAccount",
    query = "select e from Expediente e where e.cuentaId = :cuentaId order by e.filedAt desc")
public class Expediente {
  @Id
  @TableGenerator(
      name = "TRAMITE_EXPEDIENTE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "TRAMITE_EXPEDIENTE",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "TRAMITE_EXPEDIENTE")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "TRAMITE_ID")
  private Long tramiteId;

  @Column(name = "VERSION_NO")
  private int versionNo;

  @Column(name = "CUENTA_ID")
  private Long cuentaId;

  @Column(name = "APPLICANT_NAME")
  private String applicantName;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "STATUS")
  private ExpedienteStatus status;

  @Column(name = "ANSWERS")
  private String answers;

  @Column(name = "FEE_AMOUNT")
  private java.math.BigDecimal feeAmount;

  @Column(name = "COBRO_FOLIO")
  private String cobroFolio;

  @Column(name = "FILED_AT")
  private java.time.Instant filedAt;

  @Column(name = "TERM_START")
  private java.time.LocalDate termStart;

  @Column(name = "DUE_DATE")
  private java.time.LocalDate dueDate;

  @Column(name = "DAYS_LEFT")
  private Integer daysLeft;

  @Column(name = "DUE_EXPLANATION")
  private String dueExplanation;

  @Column(name = "PREVENCION_TEXT")
  private String prevencionText;

  @Column(name = "RESOLUTION")
  private String resolution;

  @Column(name = "RESOLUTION_TEXT")
  private String resolutionText;

  @Column(name = "RESOLVED_AT")
  private java.time.Instant resolvedAt;

  @Column(name = "RESOLVED_BY")
  private String resolvedBy;

  @jakarta.persistence.Lob
  @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
  @Column(name = "RESOLUTION_PDF")
  private byte[] resolutionPdf;

  @Column(name = "RESOLUTION_SHA256")
  private String resolutionSha256;

  @Column(name = "RESOLUTION_SIGNATURE")
  private String resolutionSignature;

  @Column(name = "SIGNING_KEY_ID")
  private String signingKeyId;

  @Column(name = "VERIFICATION_CODE")
  private String verificationCode;

  @Column(name = "UPDATED_AT")
  private java.time.Instant updatedAt;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public Long getTramiteId() {
    return tramiteId;
  }

  public void setTramiteId(Long tramiteId) {
    this.tramiteId = tramiteId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public void setVersionNo(int versionNo) {
    this.versionNo = versionNo;
  }

  public Long getCuentaId() {
    return cuentaId;
  }

  public void setCuentaId(Long cuentaId) {
    this.cuentaId = cuentaId;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String applicantName) {
    this.applicantName = applicantName;
  }

  public ExpedienteStatus getStatus() {
    return status;
  }

  public void setStatus(ExpedienteStatus status) {
    this.status = status;
  }

  public String getAnswers() {
    return answers;
  }

  public void setAnswers(String answers) {
    this.answers = answers;
  }

  public java.math.BigDecimal getFeeAmount() {
    return feeAmount;
  }

  public void setFeeAmount(java.math.BigDecimal feeAmount) {
    this.feeAmount = feeAmount;
  }

  public String getCobroFolio() {
    return cobroFolio;
  }

  public void setCobroFolio(String cobroFolio) {
    this.cobroFolio = cobroFolio;
  }

  public java.time.Instant getFiledAt() {
    return filedAt;
  }

  public void setFiledAt(java.time.Instant filedAt) {
    this.filedAt = filedAt;
  }

  public java.time.LocalDate getTermStart() {
    return termStart;
  }

  public void setTermStart(java.time.LocalDate termStart) {
    this.termStart = termStart;
  }

  public java.time.LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(java.time.LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Integer getDaysLeft() {
    return daysLeft;
  }

  public void setDaysLeft(Integer daysLeft) {
    this.daysLeft = daysLeft;
  }

  public String getDueExplanation() {
    return dueExplanation;
  }

  public void setDueExplanation(String dueExplanation) {
    this.dueExplanation = dueExplanation;
  }

  public String getPrevencionText() {
    return prevencionText;
  }

  public void setPrevencionText(String prevencionText) {
    this.prevencionText = prevencionText;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public String getResolutionText() {
    return resolutionText;
  }

  public void setResolutionText(String resolutionText) {
    this.resolutionText = resolutionText;
  }

  public java.time.Instant getResolvedAt() {
    return resolvedAt;
  }

  public void setResolvedAt(java.time.Instant resolvedAt) {
    this.resolvedAt = resolvedAt;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public void setResolvedBy(String resolvedBy) {
    this.resolvedBy = resolvedBy;
  }

  public byte[] getResolutionPdf() {
    return resolutionPdf;
  }

  public void setResolutionPdf(byte[] resolutionPdf) {
    this.resolutionPdf = resolutionPdf;
  }

  public String getResolutionSha256() {
    return resolutionSha256;
  }

  public void setResolutionSha256(String resolutionSha256) {
    this.resolutionSha256 = resolutionSha256;
  }

  public String getResolutionSignature() {
    return resolutionSignature;
  }

  public void setResolutionSignature(String resolutionSignature) {
    this.resolutionSignature = resolutionSignature;
  }

  public String getSigningKeyId() {
    return signingKeyId;
  }

  public void setSigningKeyId(String signingKeyId) {
    this.signingKeyId = signingKeyId;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public void setVerificationCode(String verificationCode) {
    this.verificationCode = verificationCode;
  }

  public java.time.Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(java.time.Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
