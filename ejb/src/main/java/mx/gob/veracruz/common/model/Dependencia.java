package mx.gob.veracruz.common.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A municipal department (dependencia), responsible for services, reports and staff. */
@Entity
@Table(name = "DEPENDENCIA")
@NamedQuery(name = "Dependencia.findAll", query = "select d from Dependencia d order by d.nombre")
@NamedQuery(
    name = "Dependencia.findByClave",
    query = "select d from Dependencia d where d.clave = :clave")
public class Dependencia {
  @Id
  @TableGenerator(
      name = "DEPENDENCIA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "DEPENDENCIA",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "DEPENDENCIA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CLAVE", nullable = false)
  private String clave;

  @Column(name = "NOMBRE", nullable = false)
  private String nombre;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Dependencia() {}

  public Dependencia(String clave, String nombre) {
    this.clave = clave;
    this.nombre = nombre;
  }

  public Long getId() {
    return id;
  }

  public String getClave() {
    return clave;
  }

  public String getNombre() {
    return nombre;
  }
}
