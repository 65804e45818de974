package mx.gob.veracruz.pavg.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Whether a specialist is on duty (reports of immediate danger go to her at once). */
@Entity
@Table(name = "PAVG_DUTY")
@NamedQuery(
    name = "PavgDuty.onDuty",
    query = "select d from PavgDuty d where d.onDuty = true order by d.username")
public class PavgDuty {
  @Id
  @Column(name = "USERNAME")
  private String username;

  @Column(name = "ON_DUTY")
  private boolean onDuty;

  @Column(name = "UPDATED_AT_MS")
  private long updatedAtMillis;

  @Column(name = "UPDATED_BY")
  private String updatedBy;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public boolean isOnDuty() {
    return onDuty;
  }

  public void setOnDuty(boolean onDuty) {
    this.onDuty = onDuty;
  }

  public long getUpdatedAtMillis() {
    return updatedAtMillis;
  }

  public void setUpdatedAtMillis(long updatedAtMillis) {
    this.updatedAtMillis = updatedAtMillis;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setUpdatedBy(String updatedBy) {
    this.updatedBy = updatedBy;
  }
}
