package mx.gob.veracruz.predial.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** Unit land value (pesos per m²) of a land-value zone in a fiscal year. */
@Entity
@Table(name = "PREDIAL_ZONA_VALOR")
@NamedQuery(
    name = "ZonaValor.byYear",
    query = "select z from ZonaValor z where z.fiscalYear = :year order by z.zona")
public class ZonaValor {
  @Id
  @TableGenerator(
      name = "PREDIAL_ZONA_VALOR",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_ZONA_VALOR",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_ZONA_VALOR")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FISCAL_YEAR")
  private int fiscalYear;

  @Column(name = "ZONA")
  private String zona;

  @Column(name = "DESCRIPCION")
  private String descripcion;

  @Column(name = "UNIT_VALUE")
  private BigDecimal unitValue;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public String getZona() {
    return zona;
  }

  public void setZona(String zona) {
    this.zona = zona;
  }

  public String getDescripcion() {
    return descripcion;
  }

  public void setDescripcion(String descripcion) {
    this.descripcion = descripcion;
  }

  public BigDecimal getUnitValue() {
    return unitValue;
  }

  public void setUnitValue(BigDecimal unitValue) {
    this.unitValue = unitValue;
  }

  public long getVersion() {
    return version;
  }
}
