package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A procedure of the catalogue: the clear columns of its published version, for search. */
@Entity
@Table(name = "TRAMITE")
@NamedQuery(name = "Tramite.byCode", query = "select t from Tramite t where t.code = :code")
public class Tramite {
  @Id
  @TableGenerator(
      name = "TRAMITE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "TRAMITE",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "TRAMITE")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "CODE")
  private String code;

  @Column(name = "NAME")
  private String name;

  @Column(name = "AREA")
  private String area;

  @Column(name = "SEARCH_TEXT")
  private String searchText;

  @Column(name = "ONLINE")
  private boolean online;

  @Column(name = "ACTIVE")
  private boolean active;

  @Column(name = "CURRENT_VERSION")
  private int currentVersion;

  @Column(name = "UPDATED_AT")
  private java.time.Instant updatedAt;

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

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getSearchText() {
    return searchText;
  }

  public void setSearchText(String searchText) {
    this.searchText = searchText;
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public void setCurrentVersion(int currentVersion) {
    this.currentVersion = currentVersion;
  }

  public java.time.Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(java.time.Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
