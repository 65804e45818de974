package mx.gob.veracruz.sirc.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A photo of a report, re-encoded without metadata. The bytes are read with their own queries
 * ({@code ReportPhoto.content}, {@code ReportPhoto.thumbnail}); lists read the small columns only.
 */
@Entity
@Table(name = "SIRC_PHOTO")
@NamedQuery(
    name = "ReportPhoto.count",
    query = "select count(p) from ReportPhoto p where p.reportId = :reportId")
@NamedQuery(
    name = "ReportPhoto.content",
    query =
        "select p.content from ReportPhoto p where p.reportId = :reportId and p.ordinal = :ordinal")
@NamedQuery(
    name = "ReportPhoto.thumbnail",
    query =
        "select p.thumbnail from ReportPhoto p where p.reportId = :reportId and p.ordinal = :ordinal")
public class ReportPhoto {
  @Id
  @TableGenerator(
      name = "SIRC_PHOTO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_PHOTO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_PHOTO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "REPORT_ID")
  private Long reportId;

  @Column(name = "ORDINAL")
  private int ordinal;

  @Column(name = "WIDTH")
  private int width;

  @Column(name = "HEIGHT")
  private int height;

  @Column(name = "BYTE_SIZE")
  private int byteSize;

  @Column(name = "SHA256")
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "CONTENT")
  private byte[] content;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "THUMBNAIL")
  private byte[] thumbnail;

  @Column(name = "CREATED_AT_MS")
  private long createdAtMillis;

  @Column(name = "CREATED_BY")
  private String createdBy;

  public Long getId() {
    return id;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public void setOrdinal(int ordinal) {
    this.ordinal = ordinal;
  }

  public int getWidth() {
    return width;
  }

  public void setWidth(int width) {
    this.width = width;
  }

  public int getHeight() {
    return height;
  }

  public void setHeight(int height) {
    this.height = height;
  }

  public int getByteSize() {
    return byteSize;
  }

  public void setByteSize(int byteSize) {
    this.byteSize = byteSize;
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

  public byte[] getThumbnail() {
    return thumbnail;
  }

  public void setThumbnail(byte[] thumbnail) {
    this.thumbnail = thumbnail;
  }

  public long getCreatedAtMillis() {
    return createdAtMillis;
  }

  public void setCreatedAtMillis(long createdAtMillis) {
    this.createdAtMillis = createdAtMillis;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }
}
