package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A bank return file, imported once. */
@Entity
@Table(name = "BECA_RETORNO")
@NamedQuery(
    name = "BecaRetorno.ofDispersion",
    query = "select r from BecaRetorno r where r.dispersionId = :id order by r.importedAt")
public class BecaRetorno {
  @Id
  @TableGenerator(
      name = "BECA_RETORNO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_RETORNO",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_RETORNO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "DISPERSION_ID")
  private Long dispersionId;

  @Column(name = "FILE_NAME")
  private String fileName;

  @Column(name = "FILE_SHA256")
  private String fileSha256;

  @Column(name = "LINES_TOTAL")
  private int linesTotal;

  @Column(name = "PAID")
  private int paid;

  @Column(name = "REJECTED")
  private int rejected;

  @Column(name = "DUPLICATES")
  private int duplicates;

  @Column(name = "IMPORTED_AT")
  private java.time.Instant importedAt;

  @Column(name = "IMPORTED_BY")
  private String importedBy;

  public Long getId() {
    return id;
  }

  public Long getDispersionId() {
    return dispersionId;
  }

  public void setDispersionId(Long v) {
    this.dispersionId = v;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String v) {
    this.fileName = v;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public void setFileSha256(String v) {
    this.fileSha256 = v;
  }

  public int getLinesTotal() {
    return linesTotal;
  }

  public void setLinesTotal(int v) {
    this.linesTotal = v;
  }

  public int getPaid() {
    return paid;
  }

  public void setPaid(int v) {
    this.paid = v;
  }

  public int getRejected() {
    return rejected;
  }

  public void setRejected(int v) {
    this.rejected = v;
  }

  public int getDuplicates() {
    return duplicates;
  }

  public void setDuplicates(int v) {
    this.duplicates = v;
  }

  public java.time.Instant getImportedAt() {
    return importedAt;
  }

  public void setImportedAt(java.time.Instant v) {
    this.importedAt = v;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public void setImportedBy(String v) {
    this.importedBy = v;
  }
}
