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

/**
 * A settlement file received from a bank or the gateway; imported once (SHA-256, bank + date +
 * sequence).
 */
@Entity
@Table(name = "PREDIAL_ARCHIVO")
@NamedQuery(name = "Archivo.bySha", query = "select a from Archivo a where a.sha256 = :sha")
@NamedQuery(
    name = "Archivo.byIdentity",
    query =
        "select a from Archivo a where a.bank = :bank and a.businessDate = :date and a.sequenceNo = :seq")
@NamedQuery(
    name = "Archivo.byJob",
    query = "select a from Archivo a where a.jobExecutionId = :job order by a.id")
@NamedQuery(
    name = "Archivo.byDate",
    query = "select a from Archivo a where a.reconciliationDate = :date order by a.id")
public class Archivo {
  @Id
  @TableGenerator(
      name = "PREDIAL_ARCHIVO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_ARCHIVO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_ARCHIVO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "BANK")
  private String bank;

  @Column(name = "BUSINESS_DATE")
  private LocalDate businessDate;

  @Column(name = "SEQUENCE_NO")
  private int sequenceNo;

  @Column(name = "FILE_NAME")
  private String fileName;

  @Column(name = "SHA256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "LAYOUT")
  private String layout;

  // the stored codes are the constant names, as before the enum (no migration)
  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private ArchivoStatus status;

  @Column(name = "DECLARED_COUNT")
  private Long declaredCount;

  @Column(name = "DECLARED_TOTAL")
  private BigDecimal declaredTotal;

  @Column(name = "REJECT_REASON")
  private String rejectReason;

  @Column(name = "JOB_EXECUTION_ID")
  private Long jobExecutionId;

  @Column(name = "RECONCILIATION_DATE")
  private LocalDate reconciliationDate;

  @Column(name = "RECEIVED_AT")
  private Instant receivedAt;

  @Column(name = "FINISHED_AT")
  private Instant finishedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public void setBusinessDate(LocalDate businessDate) {
    this.businessDate = businessDate;
  }

  public int getSequenceNo() {
    return sequenceNo;
  }

  public void setSequenceNo(int sequenceNo) {
    this.sequenceNo = sequenceNo;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public String getLayout() {
    return layout;
  }

  public void setLayout(String layout) {
    this.layout = layout;
  }

  public ArchivoStatus getStatus() {
    return status;
  }

  public void setStatus(ArchivoStatus status) {
    this.status = status;
  }

  public Long getDeclaredCount() {
    return declaredCount;
  }

  public void setDeclaredCount(Long declaredCount) {
    this.declaredCount = declaredCount;
  }

  public BigDecimal getDeclaredTotal() {
    return declaredTotal;
  }

  public void setDeclaredTotal(BigDecimal declaredTotal) {
    this.declaredTotal = declaredTotal;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public void setJobExecutionId(Long jobExecutionId) {
    this.jobExecutionId = jobExecutionId;
  }

  public LocalDate getReconciliationDate() {
    return reconciliationDate;
  }

  public void setReconciliationDate(LocalDate reconciliationDate) {
    this.reconciliationDate = reconciliationDate;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  public long getVersion() {
    return version;
  }
}
