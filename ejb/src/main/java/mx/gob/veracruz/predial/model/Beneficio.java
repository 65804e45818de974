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
import java.time.Instant;

/** A 50 % discount registration for an eligible owner's home (one property per person). */
@Entity
@Table(name = "PREDIAL_BENEFICIO")
@NamedQuery(
    name = "Beneficio.byPredio",
    query = "select b from Beneficio b where b.predioId = :predioId order by b.registeredAt desc")
@NamedQuery(
    name = "Beneficio.activeByPredio",
    query = "select b from Beneficio b where b.predioId = :predioId and b.activeCurp is not null")
@NamedQuery(
    name = "Beneficio.activeByCurp",
    query = "select b from Beneficio b where b.activeCurp = :curp")
@NamedQuery(
    name = "Beneficio.activePredioIds",
    query =
        "select b.predioId from Beneficio b where b.predioId in :ids and b.activeCurp is not null")
public class Beneficio {
  @Id
  @TableGenerator(
      name = "PREDIAL_BENEFICIO",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_BENEFICIO",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_BENEFICIO")
  @Column(name = "ID")
  private Long id;

  @Column(name = "PREDIO_ID")
  private Long predioId;

  @Column(name = "CURP")
  private String curp;

  @Column(name = "ACTIVE_CURP")
  private String activeCurp;

  @Column(name = "TIPO")
  private String tipo;

  @Column(name = "DOCUMENTO")
  private String documento;

  @Column(name = "REGISTERED_BY")
  private String registeredBy;

  @Column(name = "REGISTERED_AT")
  private Instant registeredAt;

  @Column(name = "REVOKED_BY")
  private String revokedBy;

  @Column(name = "REVOKED_AT")
  private Instant revokedAt;

  @Column(name = "REVOKE_REASON")
  private String revokeReason;

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

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getActiveCurp() {
    return activeCurp;
  }

  public void setActiveCurp(String activeCurp) {
    this.activeCurp = activeCurp;
  }

  public String getTipo() {
    return tipo;
  }

  public void setTipo(String tipo) {
    this.tipo = tipo;
  }

  public String getDocumento() {
    return documento;
  }

  public void setDocumento(String documento) {
    this.documento = documento;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public void setRegisteredBy(String registeredBy) {
    this.registeredBy = registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Instant registeredAt) {
    this.registeredAt = registeredAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public void setRevokedBy(String revokedBy) {
    this.revokedBy = revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public void setRevokedAt(Instant revokedAt) {
    this.revokedAt = revokedAt;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public long getVersion() {
    return version;
  }
}
