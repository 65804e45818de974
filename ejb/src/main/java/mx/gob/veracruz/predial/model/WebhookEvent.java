package mx.gob.veracruz.predial.model;

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
import java.time.Instant;

/** A signed gateway callback, stored before it is acknowledged and applied once. */
@Entity
@Table(name = "PREDIAL_WEBHOOK_EVENT")
@NamedQuery(
    name = "WebhookEvent.byEventId",
    query = "select e from WebhookEvent e where e.eventId = :eventId")
@NamedQuery(
    name = "WebhookEvent.pending",
    query =
        "select e.eventId from WebhookEvent e where e.status = mx.gob.veracruz.predial.model.WebhookStatus.RECIBIDO order by e.id")
@NamedQuery(name = "WebhookEvent.recent", query = "select e from WebhookEvent e order by e.id desc")
public class WebhookEvent {
  @Id
  @TableGenerator(
      name = "PREDIAL_WEBHOOK_EVENT",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "PREDIAL_WEBHOOK_EVENT",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "PREDIAL_WEBHOOK_EVENT")
  @Column(name = "ID")
  private Long id;

  @Column(name = "EVENT_ID", nullable = false, updatable = false)
  private String eventId;

  @Column(name = "EVENT_TYPE")
  private String eventType;

  @Column(name = "CHARGE_ID")
  private String chargeId;

  @Column(name = "EVENT_CREATED")
  private Instant eventCreated;

  @Column(name = "RECEIVED_AT")
  private Instant receivedAt;

  @Column(name = "BODY")
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS")
  private WebhookStatus status;

  @Column(name = "RESULT")
  private String result;

  @Column(name = "ATTEMPTS")
  private int attempts;

  @Column(name = "PROCESSED_AT")
  private Instant processedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  public Long getId() {
    return id;
  }

  public String getEventId() {
    return eventId;
  }

  public void setEventId(String eventId) {
    this.eventId = eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public void setEventType(String eventType) {
    this.eventType = eventType;
  }

  public String getChargeId() {
    return chargeId;
  }

  public void setChargeId(String chargeId) {
    this.chargeId = chargeId;
  }

  public Instant getEventCreated() {
    return eventCreated;
  }

  public void setEventCreated(Instant eventCreated) {
    this.eventCreated = eventCreated;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public WebhookStatus getStatus() {
    return status;
  }

  public void setStatus(WebhookStatus status) {
    this.status = status;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public int getAttempts() {
    return attempts;
  }

  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }

  public void setProcessedAt(Instant processedAt) {
    this.processedAt = processedAt;
  }

  public long getVersion() {
    return version;
  }
}
