package mx.gob.veracruz.sirc.model;

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
import mx.gob.veracruz.sirc.AttributeType;

/** One question of a service (an Open311 attribute), in its order. */
@Entity
@Table(name = "SIRC_ATTRIBUTE")
@NamedQuery(
    name = "SircAttribute.byService",
    query =
        "select a from SircAttribute a where a.serviceId = :serviceId order by a.ordinal, a.code")
public class SircAttribute {
  @Id
  @TableGenerator(
      name = "SIRC_ATTRIBUTE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_ATTRIBUTE",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_ATTRIBUTE")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SERVICE_ID")
  private Long serviceId;

  @Column(name = "CODE")
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "DATATYPE")
  private AttributeType datatype;

  @Column(name = "REQUIRED")
  private boolean required;

  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "DATATYPE_DESCRIPTION")
  private String datatypeDescription;

  @Column(name = "ORDINAL")
  private int ordinal;

  @Column(name = "VALUE_LIST")
  private String valueList;

  public Long getId() {
    return id;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public AttributeType getDatatype() {
    return datatype;
  }

  public void setDatatype(AttributeType datatype) {
    this.datatype = datatype;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDatatypeDescription() {
    return datatypeDescription;
  }

  public void setDatatypeDescription(String datatypeDescription) {
    this.datatypeDescription = datatypeDescription;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public void setOrdinal(int ordinal) {
    this.ordinal = ordinal;
  }

  public String getValueList() {
    return valueList;
  }

  public void setValueList(String valueList) {
    this.valueList = valueList;
  }
}
