package mx.gob.veracruz.common.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A colonia of the municipality with its (approximate) polygon as GeoJSON. */
@Entity
@Table(name = "COLONIA")
@NamedQuery(name = "Colonia.findAll", query = "select c from Colonia c order by c.nombre")
@NamedQuery(name = "Colonia.count", query = "select count(c) from Colonia c")
public class Colonia {
  @Id
  @TableGenerator(
      name = "COLONIA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "COLONIA",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "COLONIA")
  @Column(name = "ID")
  private Long id;

  @Column(name = "NOMBRE", nullable = false)
  private String nombre;

  @Column(name = "CODIGO_POSTAL", nullable = false)
  private String codigoPostal;

  @Column(name = "TIPO", nullable = false)
  private String tipo;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "GEOJSON")
  private String geoJson;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Colonia() {}

  public Colonia(String nombre, String codigoPostal, String tipo, String geoJson) {
    this.nombre = nombre;
    this.codigoPostal = codigoPostal;
    this.tipo = tipo;
    this.geoJson = geoJson;
  }

  public Long getId() {
    return id;
  }

  public String getNombre() {
    return nombre;
  }

  public String getCodigoPostal() {
    return codigoPostal;
  }

  public String getTipo() {
    return tipo;
  }

  public String getGeoJson() {
    return geoJson;
  }
}
