package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A disbursement run: one period of one call, its orders and the bank file. */
@Entity
@Table(name = "BECA_DISPERSION")
@NamedQuery(
    name = "BecaDispersion.byFolio",
    query = "select d from BecaDispersion d where d.folio = :folio")
public class BecaDispersion {
  @Id
  @TableGenerator(
      name = "BECA_DISPERSION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_DISPERSION",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_DISPERSION")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "CONVOCATORIA_ID")
  private Long convocatoriaId;

  @Column(name = "PERIOD_NO")
  private int periodNo;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "ORDERS")
  private int orders;

  @Column(name = "TOTAL")
  private java.math.BigDecimal total;

  @Column(name = "FILE_NAME")
  private String fileName;

  @jakarta.persistence.Lob
  @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
  @Column(name = "FILE_CONTENT")
  private byte[] fileContent;

  @Column(name = "FILE_SHA256")
  private String fileSha256;

  @Column(name = "CREATED_AT")
  private java.time.Instant createdAt;

  @Column(name = "CREATED_BY")
  private String createdBy;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String v) {
    this.folio = v;
  }

  public Long getConvocatoriaId() {
    return convocatoriaId;
  }

  public void setConvocatoriaId(Long v) {
    this.convocatoriaId = v;
  }

  public int getPeriodNo() {
    return periodNo;
  }

  public void setPeriodNo(int v) {
    this.periodNo = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public int getOrders() {
    return orders;
  }

  public void setOrders(int v) {
    this.orders = v;
  }

  public java.math.BigDecimal getTotal() {
    return total;
  }

  public void setTotal(java.math.BigDecimal v) {
    this.total = v;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String v) {
    this.fileName = v;
  }

  public byte[] getFileContent() {
    return fileContent;
  }

  public void setFileContent(byte[] v) {
    this.fileContent = v;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public void setFileSha256(String v) {
    this.fileSha256 = v;
  }

  public java.time.Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(java.time.Instant v) {
    this.createdAt = v;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String v) {
    this.createdBy = v;
  }
}
