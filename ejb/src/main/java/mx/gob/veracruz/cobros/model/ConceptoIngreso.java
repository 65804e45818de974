package mx.gob.veracruz.cobros.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A revenue concept of the municipal revenue law, with the SAT keys its CFDI carries. */
@Entity
@Table(name = "COBRO_CONCEPTO")
@NamedQuery(
    name = "ConceptoIngreso.active",
    query = "select c from ConceptoIngreso c where c.active = true order by c.code")
public class ConceptoIngreso {
  @Id
  @Column(name = "CODE")
  private String code;

  @Column(name = "NAME", nullable = false)
  private String name;

  @Column(name = "CLAVE_PROD_SERV", nullable = false)
  private String claveProdServ;

  @Column(name = "CLAVE_UNIDAD", nullable = false)
  private String claveUnidad;

  @Column(name = "LEY_INGRESOS", nullable = false)
  private String leyIngresos;

  @Column(name = "ACTIVE", nullable = false)
  private boolean active;

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getClaveProdServ() {
    return claveProdServ;
  }

  public String getClaveUnidad() {
    return claveUnidad;
  }

  public String getLeyIngresos() {
    return leyIngresos;
  }

  public boolean isActive() {
    return active;
  }
}
