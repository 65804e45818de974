package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A document the applicant uploaded for one requirement, with its review. */
@Entity
@Table(name = "TRAMITE_DOCUMENTO")
@NamedQuery(
    name = "ExpedienteDocumento.ofExpediente",
    query =
        "select d from ExpedienteDocumento d where d.expedienteId = :expedienteId order by d.requirementCode, d.uploadedAt")
public class ExpedienteDocumento {
  @Id
  @TableGenerator(
      name = "TRAMITE_DOCUMENTO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "TRAMITE_DOCUMENTO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "TRAMITE_DOCUMENTO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "EXPEDIENTE_ID")
  private Long expedienteId;

  @Column(name = "REQUIREMENT_CODE")
  private String requirementCode;

  @Column(name = "FILE_NAME")
  private String fileName;

  @Column(name = "CONTENT_TYPE")
  private String contentType;

  @Column(name = "SIZE_BYTES")
  private int sizeBytes;

  @Column(name = "SHA256")
  private String sha256;

  @jakarta.persistence.Lob
  @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
  @Column(name = "CONTENT")
  private byte[] content;

  @Column(name = "REVIEW")
  private String review;

  @Column(name = "REVIEW_NOTE")
  private String reviewNote;

  @Column(name = "UPLOADED_AT")
  private java.time.Instant uploadedAt;

  public Long getId() {
    return id;
  }

  public Long getExpedienteId() {
    return expedienteId;
  }

  public void setExpedienteId(Long expedienteId) {
    this.expedienteId = expedienteId;
  }

  public String getRequirementCode() {
    return requirementCode;
  }

  public void setRequirementCode(String requirementCode) {
    this.requirementCode = requirementCode;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(int sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public void setContent(byte[] content) {
    this.content = content;
  }

  public String getReview() {
    return review;
  }

  public void setReview(String review) {
    this.review = review;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }

  public java.time.Instant getUploadedAt() {
    return uploadedAt;
  }

  public void setUploadedAt(java.time.Instant uploadedAt) {
    this.uploadedAt = uploadedAt;
  }
}
