package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A report and the case it becomes; what identifies or tells is only in {@code sealed}. */
@Entity
@Table(name = "PAVG_CASE")
@NamedQuery(
    name = "PavgCase.byTracking",
    query = "select c from PavgCase c where c.trackingHash = :hash")
@NamedQuery(name = "PavgCase.byFolio", query = "select c from PavgCase c where c.folio = :folio")
public class PavgCase {
  @Id
  @TableGenerator(
      name = "PAVG_CASE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PAVG_CASE",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAVG_CASE")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "TRACKING_HASH")
  private String trackingHash;

  @Column(name = "PIN_HASH")
  private String pinHash;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "CHANNEL")
  private String channel;

  @Column(name = "ABOUT")
  private String about;

  @Column(name = "CATEGORIES")
  private String categories;

  @Column(name = "OCCURRED_ON")
  private LocalDate occurredOn;

  @Column(name = "COLONIA_ID")
  private Long coloniaId;

  @Column(name = "DANGER")
  private boolean danger;

  @Column(name = "RECEIVED_AT_MS")
  private long receivedAtMillis;

  @Column(name = "PROTECTION_DUE_MS")
  private long protectionDueMillis;

  @Column(name = "PROTECTION_AT_MS")
  private Long protectionAtMillis;

  @Column(name = "RISK_LEVEL")
  private String riskLevel;

  @Column(name = "UPDATED_AT_MS")
  private long updatedAtMillis;

  @Column(name = "CLOSED_AT_MS")
  private Long closedAtMillis;

  @Column(name = "CLOSE_REASON")
  private String closeReason;

  @Column(name = "RETAIN_UNTIL")
  private LocalDate retainUntil;

  @Column(name = "KEY_ID")
  private String keyId;

  @Column(name = "SEALED")
  private String sealed;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getTrackingHash() {
    return trackingHash;
  }

  public void setTrackingHash(String trackingHash) {
    this.trackingHash = trackingHash;
  }

  public String getPinHash() {
    return pinHash;
  }

  public void setPinHash(String pinHash) {
    this.pinHash = pinHash;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public String getCategories() {
    return categories;
  }

  public void setCategories(String categories) {
    this.categories = categories;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public boolean isDanger() {
    return danger;
  }

  public void setDanger(boolean danger) {
    this.danger = danger;
  }

  public long getReceivedAtMillis() {
    return receivedAtMillis;
  }

  public void setReceivedAtMillis(long receivedAtMillis) {
    this.receivedAtMillis = receivedAtMillis;
  }

  public long getProtectionDueMillis() {
    return protectionDueMillis;
  }

  public void setProtectionDueMillis(long protectionDueMillis) {
    this.protectionDueMillis = protectionDueMillis;
  }

  public Long getProtectionAtMillis() {
    return protectionAtMillis;
  }

  public void setProtectionAtMillis(Long protectionAtMillis) {
    this.protectionAtMillis = protectionAtMillis;
  }

  public String getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(String riskLevel) {
    this.riskLevel = riskLevel;
  }

  public long getUpdatedAtMillis() {
    return updatedAtMillis;
  }

  public void setUpdatedAtMillis(long updatedAtMillis) {
    this.updatedAtMillis = updatedAtMillis;
  }

  public Long getClosedAtMillis() {
    return closedAtMillis;
  }

  public void setClosedAtMillis(Long closedAtMillis) {
    this.closedAtMillis = closedAtMillis;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }

  public void setRetainUntil(LocalDate retainUntil) {
    this.retainUntil = retainUntil;
  }

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  public String getSealed() {
    return sealed;
  }

  public void setSealed(String sealed) {
    this.sealed = sealed;
  }
}
