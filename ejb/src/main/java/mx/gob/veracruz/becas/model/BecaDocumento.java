package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A document uploaded with an application, for one of the call's document requirements. */
@Entity
@Table(name = "BECA_DOCUMENTO")
@NamedQuery(
    name = "BecaDocumento.ofSolicitud",
    query =
        "select new mx.gob.veracruz.becas.model.BecaDocumentoRow(d.id, d.requirement, d.fileName, d.contentType, d.sizeBytes) from BecaDocumento d where d.solicitudId = :id order by d.id")
public class BecaDocumento {
  @Id
  @TableGenerator(
      name = "BECA_DOCUMENTO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_DOCUMENTO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_DOCUMENTO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SOLICITUD_ID")
  private Long solicitudId;

  @Column(name = "REQUIREMENT")
  private String requirement;

  @Column(name = "FILE_NAME")
  private String fileName;

  @Column(name = "CONTENT_TYPE")
  private String contentType;

  @Column(name = "SIZE_BYTES")
  private long sizeBytes;

  @jakarta.persistence.Lob
  @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
  @Column(name = "CONTENT")
  private byte[] content;

  @Column(name = "UPLOADED_AT")
  private java.time.Instant uploadedAt;

  public Long getId() {
    return id;
  }

  public Long getSolicitudId() {
    return solicitudId;
  }

  public void setSolicitudId(Long v) {
    this.solicitudId = v;
  }

  public String getRequirement() {
    return requirement;
  }

  public void setRequirement(String v) {
    this.requirement = v;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String v) {
    this.fileName = v;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String v) {
    this.contentType = v;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(long v) {
    this.sizeBytes = v;
  }

  public byte[] getContent() {
    return content;
  }

  public void setContent(byte[] v) {
    this.content = v;
  }

  public java.time.Instant getUploadedAt() {
    return uploadedAt;
  }

  public void setUploadedAt(java.time.Instant v) {
    this.uploadedAt = v;
  }
}
