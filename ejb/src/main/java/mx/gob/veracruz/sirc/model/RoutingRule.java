package mx.gob.veracruz.sirc.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** Where a report goes: by service, by colonia or both (the most specific rule wins). */
@Entity
@Table(name = "SIRC_ROUTING_RULE")
@NamedQuery(
    name = "RoutingRule.all",
    query = "select r from RoutingRule r order by r.serviceCode, r.coloniaId")
@NamedQuery(
    name = "RoutingRule.matching",
    query =
        "select r from RoutingRule r where (r.serviceCode = :service or r.serviceCode is null) and (r.coloniaId = :colonia or r.coloniaId is null)")
public class RoutingRule {
  @Id
  @TableGenerator(
      name = "SIRC_ROUTING_RULE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_ROUTING_RULE",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_ROUTING_RULE")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SERVICE_CODE")
  private String serviceCode;

  @Column(name = "COLONIA_ID")
  private Long coloniaId;

  @Column(name = "DEPENDENCIA")
  private String dependencia;

  @Column(name = "CREW")
  private String crew;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public String getDependencia() {
    return dependencia;
  }

  public void setDependencia(String dependencia) {
    this.dependencia = dependencia;
  }

  public String getCrew() {
    return crew;
  }

  public void setCrew(String crew) {
    this.crew = crew;
  }

  public long getVersion() {
    return version;
  }

  @Column(name = "UPDATED_BY")
  private String updatedBy;

  @Column(name = "UPDATED_AT_MS")
  private Long updatedAtMillis;

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setUpdatedBy(String updatedBy) {
    this.updatedBy = updatedBy;
  }

  public Long getUpdatedAtMillis() {
    return updatedAtMillis;
  }

  public void setUpdatedAtMillis(Long updatedAtMillis) {
    this.updatedAtMillis = updatedAtMillis;
  }
}
