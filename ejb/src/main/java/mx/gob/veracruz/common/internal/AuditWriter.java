package mx.gob.veracruz.common.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.CallContext;
import mx.gob.veracruz.common.model.AuditRecord;

/**
 * Appends records to the hash chain. The chain head row is locked for the rest of the transaction,
 * so appends are serialised on every instance of a cluster and sequences have no gaps.
 */
@Stateless
@PermitAll
public class AuditWriter {
  @Inject private AuditRepository repository;

  /** Joins the caller's transaction: the record commits or rolls back with the change. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void append(
      String actor,
      String action,
      String entityType,
      String entityId,
      AuditOutcome outcome,
      String detail) {
    // Flush the business changes first: the head lock is then held only for the append itself,
    // and a constraint violation surfaces before the record says "OK".
    repository.flush();
    Object[] head = repository.lockChainHead();
    long seq = ((Number) head[0]).longValue() + 1;
    String previous = ((String) head[1]).trim();
    // Whole seconds: Connector/J drops fractions against MariaDB (it reports "5.5.5-10.x"), and a
    // hash must cover exactly what the database gives back. SEQ, not time, orders the chain.
    AuditEntryContent content =
        new AuditEntryContent(
            seq,
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            cut(actor, 64),
            cut(action, 64),
            cut(entityType, 64),
            cut(entityId, 64),
            outcome.name(),
            CallContext.correlationId(),
            CallContext.clientAddress(),
            truncate(detail));
    String hash = AuditHashChain.hash(previous, content);
    repository.append(new AuditRecord(content, previous, hash), seq, hash);
  }

  /** For failures and logins: survives the rollback of the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void appendSeparately(
      String actor,
      String action,
      String entityType,
      String entityId,
      AuditOutcome outcome,
      String detail) {
    append(actor, action, entityType, entityId, outcome, detail);
  }

  private static String truncate(String s) {
    return cut(s, 1000);
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
