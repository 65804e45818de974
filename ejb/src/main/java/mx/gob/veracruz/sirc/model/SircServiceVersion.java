package mx.gob.veracruz.sirc.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A snapshot (JSON) of a service and its questions as one catalogue version published them. */
@Entity
@Table(name = "SIRC_SERVICE_VERSION")
@NamedQuery(
    name = "SircServiceVersion.of",
    query =
        "select v from SircServiceVersion v where v.serviceId = :serviceId and v.catalogVersion = :version")
@NamedQuery(
    name = "SircServiceVersion.history",
    query =
        "select v from SircServiceVersion v where v.serviceId = :serviceId order by v.catalogVersion desc")
public class SircServiceVersion {
  @Id
  @TableGenerator(
      name = "SIRC_SERVICE_VERSION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_SERVICE_VERSION",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_SERVICE_VERSION")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SERVICE_ID")
  private Long serviceId;

  @Column(name = "CATALOG_VERSION")
  private int catalogVersion;

  @Column(name = "SNAPSHOT")
  private String snapshot;

  @Column(name = "CREATED_AT_MS")
  private long createdAtMillis;

  @Column(name = "CREATED_BY")
  private String createdBy;

  public Long getId() {
    return id;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public int getCatalogVersion() {
    return catalogVersion;
  }

  public void setCatalogVersion(int catalogVersion) {
    this.catalogVersion = catalogVersion;
  }

  public String getSnapshot() {
    return snapshot;
  }

  public void setSnapshot(String snapshot) {
    this.snapshot = snapshot;
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
