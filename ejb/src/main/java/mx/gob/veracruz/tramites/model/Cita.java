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

/** A counter appointment: one seat of one slot of an office on a day. */
@Entity
@Table(name = "TRAMITE_CITA")
@NamedQuery(name = "Cita.byFolio", query = "select c from Cita c where c.folio = :folio")
@NamedQuery(
    name = "Cita.taken",
    query =
        "select c.slot, count(c) from Cita c where c.oficinaId = :oficinaId and c.day = :day and c.status <> 'CANCELADA' group by c.slot")
@NamedQuery(
    name = "Cita.ofAccount",
    query =
        "select c from Cita c where c.cuentaId = :cuentaId and c.day >= :from order by c.day, c.slot")
@NamedQuery(
    name = "Cita.ofDay",
    query =
        "select c from Cita c where c.oficinaId = :oficinaId and c.day = :day order by c.slot, c.seat")
@NamedQuery(
    name = "Cita.toRemind",
    query =
        "select c from Cita c where c.day = :day and c.status = 'RESERVADA' and c.reminded = false order by c.id")
public class Cita {
  @Id
  @TableGenerator(
      name = "TRAMITE_CITA",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "TRAMITE_CITA",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "TRAMITE_CITA")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "OFICINA_ID")
  private Long oficinaId;

  @Column(name = "TRAMITE_ID")
  private Long tramiteId;

  @Column(name = "CUENTA_ID")
  private Long cuentaId;

  @Column(name = "APPLICANT_NAME")
  private String applicantName;

  @Column(name = "CITA_DATE")
  private java.time.LocalDate day;

  @Column(name = "SLOT")
  private String slot;

  @Column(name = "SEAT")
  private long seat;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "REMINDED")
  private boolean reminded;

  @Column(name = "CREATED_AT")
  private java.time.Instant createdAt;

  @Column(name = "UPDATED_AT")
  private java.time.Instant updatedAt;

  @Column(name = "UPDATED_BY")
  private String updatedBy;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public Long getOficinaId() {
    return oficinaId;
  }

  public void setOficinaId(Long oficinaId) {
    this.oficinaId = oficinaId;
  }

  public Long getTramiteId() {
    return tramiteId;
  }

  public void setTramiteId(Long tramiteId) {
    this.tramiteId = tramiteId;
  }

  public Long getCuentaId() {
    return cuentaId;
  }

  public void setCuentaId(Long cuentaId) {
    this.cuentaId = cuentaId;
  }

  public java.time.LocalDate getDay() {
    return day;
  }

  public void setDay(java.time.LocalDate day) {
    this.day = day;
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = slot;
  }

  public long getSeat() {
    return seat;
  }

  public void setSeat(long seat) {
    this.seat = seat;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public boolean isReminded() {
    return reminded;
  }

  public void setReminded(boolean reminded) {
    this.reminded = reminded;
  }

  public java.time.Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(java.time.Instant createdAt) {
    this.createdAt = createdAt;
  }

  public java.time.Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(java.time.Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setUpdatedBy(String updatedBy) {
    this.updatedBy = updatedBy;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String applicantName) {
    this.applicantName = applicantName;
  }
}
