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

/** An owner of a predio (a citizen by CURP or a company by RFC) and its share. */
@Entity
@Table(name = "PREDIO_PROPIETARIO")
@NamedQuery(
    name = "Propietario.byPredio",
    query =
        "select o from Propietario o where o.predioId = :predioId order by o.porcentaje desc, o.id")
@NamedQuery(name = "Propietario.byCurp", query = "select o from Propietario o where o.curp = :curp")
@NamedQuery(
    name = "Propietario.byCiudadano",
    query = "select o from Propietario o where o.ciudadanoId = :ciudadanoId")
public class Propietario {
  @Id
  @TableGenerator(
      name = "PREDIO_PROPIETARIO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIO_PROPIETARIO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIO_PROPIETARIO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  @Column(name = "CIUDADANO_ID")
  private Long ciudadanoId;

  @Column(name = "CURP")
  private String curp;

  @Column(name = "RFC")
  private String rfc;

  @Column(name = "NOMBRE")
  private String nombre;

  @Column(name = "PORCENTAJE")
  private BigDecimal porcentaje;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public Long getPredioId() {
    return predioId;
  }

  public void setPredioId(Long predioId) {
    this.predioId = predioId;
  }

  public Long getCiudadanoId() {
    return ciudadanoId;
  }

  public void setCiudadanoId(Long ciudadanoId) {
    this.ciudadanoId = ciudadanoId;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getRfc() {
    return rfc;
  }

  public void setRfc(String rfc) {
    this.rfc = rfc;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
  }

  public BigDecimal getPorcentaje() {
    return porcentaje;
  }

  public void setPorcentaje(BigDecimal porcentaje) {
    this.porcentaje = porcentaje;
  }

  public long getVersion() {
    return version;
  }
}
