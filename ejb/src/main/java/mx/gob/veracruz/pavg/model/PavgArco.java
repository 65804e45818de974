package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An ARCO request about PAVG data; requester and request sealed. */
@Entity
@Table(name = "PAVG_ARCO")
public class PavgArco {
  @Id
  @TableGenerator(
      name = "PAVG_ARCO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PAVG_ARCO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAVG_ARCO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "CASE_ID")
  private Long caseId;

  @Column(name = "KIND")
  private String kind;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "RECEIVED_ON")
  private LocalDate receivedOn;

  @Column(name = "DUE_ON")
  private LocalDate dueOn;

  @Column(name = "ANSWERED_AT_MS")
  private Long answeredAtMillis;

  @Column(name = "EXECUTION_DUE_ON")
  private LocalDate executionDueOn;

  @Column(name = "EXECUTED_AT_MS")
  private Long executedAtMillis;

  @Column(name = "RETAIN_UNTIL")
  private LocalDate retainUntil;

  @Column(name = "CREATED_BY")
  private String createdBy;

  @Column(name = "KEY_ID")
  private String keyId;

  @Column(name = "SEALED")
  private String sealed;

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

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public Long getAnsweredAtMillis() {
    return answeredAtMillis;
  }

  public void setAnsweredAtMillis(Long answeredAtMillis) {
    this.answeredAtMillis = answeredAtMillis;
  }

  public LocalDate getExecutionDueOn() {
    return executionDueOn;
  }

  public void setExecutionDueOn(LocalDate executionDueOn) {
    this.executionDueOn = executionDueOn;
  }

  public Long getExecutedAtMillis() {
    return executedAtMillis;
  }

  public void setExecutedAtMillis(Long executedAtMillis) {
    this.executedAtMillis = executedAtMillis;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }

  public void setRetainUntil(LocalDate retainUntil) {
    this.retainUntil = retainUntil;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  public String getSealed() {
    return sealed;
  }

  public void setSealed(String sealed) {
    this.sealed = sealed;
  }
}
