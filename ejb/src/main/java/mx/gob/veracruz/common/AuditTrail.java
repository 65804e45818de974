package mx.gob.veracruz.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.gob.veracruz.common.internal.AuditWriter;

/**
 * Audit records whose actor is not the caller principal: a login names the account that tried,
 * before anyone is signed in. Everything else is audited by {@link Audited}.
 */
@ApplicationScoped
public class AuditTrail {
  @Inject private AuditWriter writer;

  public void record(
      String actor,
      String action,
      String entity,
      String entityId,
      AuditOutcome outcome,
      String detail) {
    writer.append(actor, action, entity, entityId, outcome, detail);
  }

  /** In its own transaction: survives the rollback of the caller's (a refused attempt). */
  public void recordSeparately(
      String actor,
      String action,
      String entity,
      String entityId,
      AuditOutcome outcome,
      String detail) {
    writer.appendSeparately(actor, action, entity, entityId, outcome, detail);
  }
}
