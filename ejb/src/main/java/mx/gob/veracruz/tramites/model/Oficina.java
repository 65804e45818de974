package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An office that takes counter appointments: its weekdays, hours, slot length and seats. */
@Entity
@Table(name = "TRAMITE_OFICINA")
@NamedQuery(name = "Oficina.byCode", query = "select o from Oficina o where o.code = :code")
@NamedQuery(
    name = "Oficina.active",
    query = "select o from Oficina o where o.active = true order by o.name")
public class Oficina {
  @Id
  @Column(name = "ID")
  private Long id;

  @Column(name = "CODE")
  private String code;

  @Column(name = "NAME")
  private String name;

  @Column(name = "ADDRESS")
  private String address;

  @Column(name = "WEEKDAYS")
  private String weekdays;

  @Column(name = "OPENS")
  private String opens;

  @Column(name = "CLOSES")
  private String closes;

  @Column(name = "SLOT_MINUTES")
  private int slotMinutes;

  @Column(name = "SEATS")
  private int seats;

  @Column(name = "ACTIVE")
  private boolean active;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(String weekdays) {
    this.weekdays = weekdays;
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(int slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public int getSeats() {
    return seats;
  }

  public void setSeats(int seats) {
    this.seats = seats;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
