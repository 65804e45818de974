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
import jakarta.persistence.Version;
import mx.gob.veracruz.sirc.SlaUnit;

/**
 * A service (category) of the catalogue: what a citizen can report or request, who answers it and
 * how fast.
 */
@Entity
@Table(name = "SIRC_SERVICE")
@NamedQuery(name = "SircService.byCode", query = "select s from SircService s where s.code = :code")
@NamedQuery(
    name = "SircService.all",
    query = "select s from SircService s order by s.theme, s.name")
@NamedQuery(
    name = "SircService.active",
    query = "select s from SircService s where s.active = true order by s.theme, s.name")
public class SircService {
  @Id
  @TableGenerator(
      name = "SIRC_SERVICE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_SERVICE",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_SERVICE")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CODE")
  private String code;

  @Column(name = "NAME")
  private String name;

  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "KEYWORDS")
  private String keywords;

  @Column(name = "THEME")
  private String theme;

  @Column(name = "DEPENDENCIA")
  private String dependencia;

  @Column(name = "SLA_AMOUNT")
  private int slaAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "SLA_UNIT")
  private SlaUnit slaUnit;

  @Column(name = "ANONYMOUS_ALLOWED")
  private boolean anonymousAllowed;

  @Column(name = "ACTIVE")
  private boolean active;

  @Column(name = "CATALOG_VERSION")
  private int catalogVersion;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getDependencia() {
    return dependencia;
  }

  public void setDependencia(String dependencia) {
    this.dependencia = dependencia;
  }

  public int getSlaAmount() {
    return slaAmount;
  }

  public void setSlaAmount(int slaAmount) {
    this.slaAmount = slaAmount;
  }

  public SlaUnit getSlaUnit() {
    return slaUnit;
  }

  public void setSlaUnit(SlaUnit slaUnit) {
    this.slaUnit = slaUnit;
  }

  public boolean isAnonymousAllowed() {
    return anonymousAllowed;
  }

  public void setAnonymousAllowed(boolean anonymousAllowed) {
    this.anonymousAllowed = anonymousAllowed;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getCatalogVersion() {
    return catalogVersion;
  }

  public void setCatalogVersion(int catalogVersion) {
    this.catalogVersion = catalogVersion;
  }

  public long getVersion() {
    return version;
  }
}
