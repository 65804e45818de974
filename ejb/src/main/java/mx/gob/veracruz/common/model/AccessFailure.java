package mx.gob.veracruz.common.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** One failed attempt in a throttle bucket ("clave:…", "ip:…"); immutable, purged after a day. */
@Entity
@Table(name = "ACCESS_FAILURE")
@NamedQuery(
    name = "AccessFailure.since",
    query =
        "select f.failedAtMillis from AccessFailure f where f.bucket = :bucket and f.failedAtMillis > :since order by f.failedAtMillis")
@NamedQuery(
    name = "AccessFailure.purge",
    query = "delete from AccessFailure f where f.failedAtMillis < :before")
public class AccessFailure {
  @Id
  @TableGenerator(
      name = "ACCESS_FAILURE",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "ACCESS_FAILURE",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ACCESS_FAILURE")
  @Column(name = "ID")
  private Long id;

  @Column(name = "BUCKET", nullable = false, length = 120)
  private String bucket;

  // Epoch milliseconds: bound as a plain long in the window queries (an Instant parameter is not
  // converted).
  @Column(name = "FAILED_AT_MS", nullable = false)
  private long failedAtMillis;

  protected AccessFailure() {}

  public AccessFailure(String bucket, Instant failedAt) {
    this.bucket = bucket.length() > 120 ? bucket.substring(0, 120) : bucket;
    this.failedAtMillis = failedAt.toEpochMilli();
  }

  public Long getId() {
    return id;
  }
}
