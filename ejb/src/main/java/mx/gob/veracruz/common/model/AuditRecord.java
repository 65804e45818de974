package mx.gob.veracruz.common.model;

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
import java.time.Instant;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.internal.AuditEntryContent;

/**
 * One link of the tamper-evident audit chain. Append-only: no setters, no @Version (a record is
 * never updated); its hash covers its content and the previous record's hash.
 */
@Entity
@Table(name = "AUDIT_RECORD")
@NamedQuery(
    name = "AuditRecord.historyOf",
    query =
        "select a from AuditRecord a where a.entityType = :t and a.entityId = :i"
            + " order by a.seq desc")
@NamedQuery(
    name = "AuditRecord.chainPage",
    query = "select a from AuditRecord a where a.seq > :s and a.seq <= :h order by a.seq")
public class AuditRecord {
  @Id
  @TableGenerator(
      name = "AUDIT_RECORD",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "AUDIT_RECORD",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "AUDIT_RECORD")
  @Column(name = "ID")
  private Long id;

  @Column(name = "SEQ", nullable = false, updatable = false)
  private long seq;

  @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "ACTOR", nullable = false, updatable = false)
  private String actor;

  @Column(name = "ACTION", nullable = false, updatable = false)
  private String action;

  @Column(name = "ENTITY_TYPE", updatable = false)
  private String entityType;

  @Column(name = "ENTITY_ID", updatable = false)
  private String entityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME", nullable = false, updatable = false)
  private AuditOutcome outcome;

  @Column(name = "CORRELATION_ID", updatable = false)
  private String correlationId;

  @Column(name = "CLIENT_ADDRESS", updatable = false)
  private String clientAddress;

  @Column(name = "DETAIL", updatable = false)
  private String detail;

  @Column(name = "PREVIOUS_HASH", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "HASH", nullable = false, updatable = false)
  private String hash;

  protected AuditRecord() {}

  public AuditRecord(AuditEntryContent c, String previousHash, String hash) {
    this.seq = c.sequence();
    this.occurredAt = c.occurredAt();
    this.actor = c.actor();
    this.action = c.action();
    this.entityType = c.entityType();
    this.entityId = c.entityId();
    this.outcome = AuditOutcome.valueOf(c.outcome());
    this.correlationId = c.correlationId();
    this.clientAddress = c.clientAddress();
    this.detail = c.detail();
    this.previousHash = previousHash;
    this.hash = hash;
  }

  public AuditEntryContent content() {
    return new AuditEntryContent(
        seq,
        occurredAt,
        actor,
        action,
        entityType,
        entityId,
        outcome.name(),
        correlationId,
        clientAddress,
        detail);
  }

  public Long getId() {
    return id;
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public String getCorrelationId() {
    return correlationId;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getDetail() {
    return detail;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
