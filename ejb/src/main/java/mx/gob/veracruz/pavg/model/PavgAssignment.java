package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A specialist working a case; only an active one opens it. */
@Entity
@Table(name = "PAVG_ASSIGNMENT")
@NamedQuery(
    name = "PavgAssignment.ofCase",
    query = "select a from PavgAssignment a where a.caseId = :caseId order by a.assignedAtMillis")
@NamedQuery(
    name = "PavgAssignment.one",
    query = "select a from PavgAssignment a where a.caseId = :caseId and a.username = :username")
public class PavgAssignment {
  @Id
  @TableGenerator(
      name = "PAVG_ASSIGNMENT",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PAVG_ASSIGNMENT",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PAVG_ASSIGNMENT")
  @Column(name = "ID")
  private Long id;

  @Column(name = "CASE_ID")
  private Long caseId;

  @Column(name = "USERNAME")
  private String username;

  @Column(name = "ASSIGNED_AT_MS")
  private long assignedAtMillis;

  @Column(name = "ASSIGNED_BY")
  private String assignedBy;

  @Column(name = "ACTIVE")
  private boolean active;

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public long getAssignedAtMillis() {
    return assignedAtMillis;
  }

  public void setAssignedAtMillis(long assignedAtMillis) {
    this.assignedAtMillis = assignedAtMillis;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public void setAssignedBy(String assignedBy) {
    this.assignedBy = assignedBy;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
