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

/** Unit construction value (pesos per m²) of a type and condition in a fiscal year. */
@Entity
@Table(name = "PREDIAL_VALOR_CONSTRUCCION")
@NamedQuery(
    name = "ValorConstruccion.byYear",
    query =
        "select v from ValorConstruccion v where v.fiscalYear = :year order by v.tipo, v.estado")
public class ValorConstruccion {
  @Id
  @TableGenerator(
      name = "PREDIAL_VALOR_CONSTRUCCION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_VALOR_CONSTRUCCION",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_VALOR_CONSTRUCCION")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FISCAL_YEAR")
  private int fiscalYear;

  @Column(name = "TIPO")
  private String tipo;

  @Column(name = "ESTADO")
  private String estado;

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

  public String getTipo() {
    return tipo;
  }

  public void setTipo(String tipo) {
    this.tipo = tipo;
  }

  public String getEstado() {
    return estado;
  }

  public void setEstado(String estado) {
    this.estado = estado;
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
