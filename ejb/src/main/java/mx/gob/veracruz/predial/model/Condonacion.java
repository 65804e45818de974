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
import java.time.LocalDate;

/** A condonation campaign: a share of recargos forgiven for payments between two dates. */
@Entity
@Table(name = "PREDIAL_CONDONACION")
@NamedQuery(
    name = "Condonacion.all",
    query = "select c from Condonacion c order by c.validFrom desc")
public class Condonacion {
  @Id
  @TableGenerator(
      name = "PREDIAL_CONDONACION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_CONDONACION",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_CONDONACION")
  @Column(name = "ID")
  private Long id;

  @Column(name = "NOMBRE")
  private String nombre;

  @Column(name = "RATE")
  private BigDecimal rate;

  @Column(name = "VALID_FROM")
  private LocalDate validFrom;

  @Column(name = "VALID_TO")
  private LocalDate validTo;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public long getVersion() {
    return version;
  }
}
