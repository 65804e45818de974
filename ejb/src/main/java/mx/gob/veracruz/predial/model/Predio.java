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
import java.time.Instant;

/** A cadastral property, identified by its clave catastral. */
@Entity
@Table(name = "PREDIO")
@NamedQuery(
    name = "Predio.findByClaveCatastral",
    query = "select p from Predio p where p.claveCatastral = :clave")
@NamedQuery(
    name = "Predio.idsAfter",
    query = "select p.id from Predio p where p.id > :lastId order by p.id")
@NamedQuery(name = "Predio.count", query = "select count(p) from Predio p")
@NamedQuery(name = "Predio.byIds", query = "select p from Predio p where p.id in :ids")
public class Predio {
  @Id
  @TableGenerator(
      name = "PREDIO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CLAVE_CATASTRAL", nullable = false, updatable = false)
  private String claveCatastral;

  @Column(name = "COLONIA_ID")
  private Long coloniaId;

  @Column(name = "CVEGEO_MANZANA")
  private String cvegeoManzana;

  @Column(name = "CALLE")
  private String calle;

  @Column(name = "NUMERO")
  private String numero;

  @Column(name = "LATITUD")
  private BigDecimal latitud;

  @Column(name = "LONGITUD")
  private BigDecimal longitud;

  @Column(name = "SUPERFICIE_TERRENO")
  private BigDecimal superficieTerreno;

  @Column(name = "SUPERFICIE_CONSTRUIDA")
  private BigDecimal superficieConstruida;

  @Column(name = "ZONA")
  private String zona;

  @Column(name = "TIPO_CONSTRUCCION")
  private String tipoConstruccion;

  @Column(name = "ESTADO_CONSTRUCCION")
  private String estadoConstruccion;

  @Column(name = "PROPIETARIOS")
  private String propietarios;

  @Column(name = "CREATED_AT", updatable = false)
  private Instant createdAt;

  @Column(name = "UPDATED_AT")
  private Instant updatedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  /** Touching the version serialises payments on one predio (optimistic lock on the account). */
  public void touch(Instant now) {
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getClaveCatastral() {
    return claveCatastral;
  }

  public void setClaveCatastral(String claveCatastral) {
    this.claveCatastral = claveCatastral;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public String getCvegeoManzana() {
    return cvegeoManzana;
  }

  public void setCvegeoManzana(String cvegeoManzana) {
    this.cvegeoManzana = cvegeoManzana;
  }

  public String getCalle() {
    return calle;
  }

  public void setCalle(String calle) {
    this.calle = calle;
  }

  public String getNumero() {
    return numero;
  }

  public void setNumero(String numero) {
    this.numero = numero;
  }

  public BigDecimal getLatitud() {
    return latitud;
  }

  public void setLatitud(BigDecimal latitud) {
    this.latitud = latitud;
  }

  public BigDecimal getLongitud() {
    return longitud;
  }

  public void setLongitud(BigDecimal longitud) {
    this.longitud = longitud;
  }

  public BigDecimal getSuperficieTerreno() {
    return superficieTerreno;
  }

  public void setSuperficieTerreno(BigDecimal superficieTerreno) {
    this.superficieTerreno = superficieTerreno;
  }

  public BigDecimal getSuperficieConstruida() {
    return superficieConstruida;
  }

  public void setSuperficieConstruida(BigDecimal superficieConstruida) {
    this.superficieConstruida = superficieConstruida;
  }

  public String getZona() {
    return zona;
  }

  public void setZona(String zona) {
    this.zona = zona;
  }

  public String getTipoConstruccion() {
    return tipoConstruccion;
  }

  public void setTipoConstruccion(String tipoConstruccion) {
    this.tipoConstruccion = tipoConstruccion;
  }

  public String getEstadoConstruccion() {
    return estadoConstruccion;
  }

  public void setEstadoConstruccion(String estadoConstruccion) {
    this.estadoConstruccion = estadoConstruccion;
  }

  public String getPropietarios() {
    return propietarios;
  }

  public void setPropietarios(String propietarios) {
    this.propietarios = propietarios;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
