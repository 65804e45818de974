package mx.gob.veracruz.common.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** One outgoing mail and whether the SMTP server took it. */
@Entity
@Table(name = "NOTIFICATION")
public class Notification {
  @Id
  @TableGenerator(
      name = "NOTIFICATION",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "NOTIFICATION",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "NOTIFICATION")
  @Column(name = "ID")
  private Long id;

  @Column(name = "RECIPIENT", nullable = false)
  private String recipient;

  @Column(name = "SUBJECT", nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false)
  private NotificationStatus status = NotificationStatus.PENDING;

  @Column(name = "ERROR")
  private String error;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt = Instant.now();

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Notification() {}

  public Notification(String recipient, String subject) {
    this.recipient = recipient;
    this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
  }

  public void sent() {
    status = NotificationStatus.SENT;
  }

  public void failed(String why) {
    status = NotificationStatus.FAILED;
    error = why.length() > 500 ? why.substring(0, 500) : why;
  }

  public boolean isSent() {
    return status == NotificationStatus.SENT;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public NotificationStatus getStatus() {
    return status;
  }
}
