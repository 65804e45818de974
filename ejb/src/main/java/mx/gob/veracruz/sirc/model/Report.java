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
import java.math.BigDecimal;
import mx.gob.veracruz.sirc.ReportChannel;
import mx.gob.veracruz.sirc.ReportStatus;

/** A citizen report or request (Open311 service request). */
@Entity
@Table(name = "SIRC_REPORT")
@NamedQuery(name = "Report.byFolio", query = "select r from Report r where r.folio = :folio")
@NamedQuery(name = "Report.byToken", query = "select r from Report r where r.token = :token")
@NamedQuery(
    name = "Report.near",
    query =
        "select r from Report r where r.serviceId = :serviceId and r.status in :open and r.requestedAtMillis >= :since and r.lat between :latMin and :latMax and r.lon between :lonMin and :lonMax and r.mergedInto is null order by r.requestedAtMillis desc")
@NamedQuery(
    name = "Report.byCurp",
    query = "select r from Report r where r.curp = :curp order by r.requestedAtMillis desc")
@NamedQuery(
    name = "Report.ofAccount",
    query =
        "select r from Report r where r.accountId = :account or (:curp is not null and r.curp = :curp) order by r.requestedAtMillis desc")
public class Report {
  @Id
  @TableGenerator(
      name = "SIRC_REPORT",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_REPORT",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_REPORT")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "TOKEN")
  private String token;

  @Column(name = "SERVICE_ID")
  private Long serviceId;

  @Column(name = "SERVICE_VERSION")
  private int serviceVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private ReportStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "CHANNEL")
  private ReportChannel channel;

  @Column(name = "LAT")
  private BigDecimal lat;

  @Column(name = "LON")
  private BigDecimal lon;

  @Column(name = "ADDRESS")
  private String address;

  @Column(name = "COLONIA_ID")
  private Long coloniaId;

  @Column(name = "DEPENDENCIA")
  private String dependencia;

  @Column(name = "CREW")
  private String crew;

  @Column(name = "ASSIGNEE")
  private String assignee;

  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "CONTACT_NAME")
  private String contactName;

  @Column(name = "CONTACT_EMAIL")
  private String contactEmail;

  @Column(name = "CONTACT_PHONE")
  private String contactPhone;

  @Column(name = "CURP")
  private String curp;

  /** The citizen account that filed it while signed in (null: filed without an account). */
  @Column(name = "ACCOUNT_ID")
  private Long accountId;

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  @Column(name = "DEVICE_ID")
  private String deviceId;

  @Column(name = "MEDIA_URL")
  private String mediaUrl;

  @Column(name = "STATUS_NOTES")
  private String statusNotes;

  @Column(name = "REQUESTED_AT_MS")
  private long requestedAtMillis;

  @Column(name = "UPDATED_AT_MS")
  private long updatedAtMillis;

  @Column(name = "EXPECTED_AT_MS")
  private long expectedAtMillis;

  @Column(name = "RESOLVED_AT_MS")
  private Long resolvedAtMillis;

  @Column(name = "MERGED_INTO")
  private Long mergedInto;

  @Column(name = "SUPPORTERS")
  private int supporters;

  @Column(name = "API_KEY_ID")
  private Long apiKeyId;

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

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public int getServiceVersion() {
    return serviceVersion;
  }

  public void setServiceVersion(int serviceVersion) {
    this.serviceVersion = serviceVersion;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public void setStatus(ReportStatus status) {
    this.status = status;
  }

  public ReportChannel getChannel() {
    return channel;
  }

  public void setChannel(ReportChannel channel) {
    this.channel = channel;
  }

  public BigDecimal getLat() {
    return lat;
  }

  public void setLat(BigDecimal lat) {
    this.lat = lat;
  }

  public BigDecimal getLon() {
    return lon;
  }

  public void setLon(BigDecimal lon) {
    this.lon = lon;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public String getDependencia() {
    return dependencia;
  }

  public void setDependencia(String dependencia) {
    this.dependencia = dependencia;
  }

  public String getCrew() {
    return crew;
  }

  public void setCrew(String crew) {
    this.crew = crew;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getDeviceId() {
    return deviceId;
  }

  public void setDeviceId(String deviceId) {
    this.deviceId = deviceId;
  }

  public String getMediaUrl() {
    return mediaUrl;
  }

  public void setMediaUrl(String mediaUrl) {
    this.mediaUrl = mediaUrl;
  }

  public String getStatusNotes() {
    return statusNotes;
  }

  public void setStatusNotes(String statusNotes) {
    this.statusNotes = statusNotes;
  }

  public long getRequestedAtMillis() {
    return requestedAtMillis;
  }

  public void setRequestedAtMillis(long requestedAtMillis) {
    this.requestedAtMillis = requestedAtMillis;
  }

  public long getUpdatedAtMillis() {
    return updatedAtMillis;
  }

  public void setUpdatedAtMillis(long updatedAtMillis) {
    this.updatedAtMillis = updatedAtMillis;
  }

  public long getExpectedAtMillis() {
    return expectedAtMillis;
  }

  public void setExpectedAtMillis(long expectedAtMillis) {
    this.expectedAtMillis = expectedAtMillis;
  }

  public Long getResolvedAtMillis() {
    return resolvedAtMillis;
  }

  public void setResolvedAtMillis(Long resolvedAtMillis) {
    this.resolvedAtMillis = resolvedAtMillis;
  }

  public Long getMergedInto() {
    return mergedInto;
  }

  public void setMergedInto(Long mergedInto) {
    this.mergedInto = mergedInto;
  }

  public int getSupporters() {
    return supporters;
  }

  public void setSupporters(int supporters) {
    this.supporters = supporters;
  }

  public Long getApiKeyId() {
    return apiKeyId;
  }

  public void setApiKeyId(Long apiKeyId) {
    this.apiKeyId = apiKeyId;
  }

  public long getVersion() {
    return version;
  }
}
