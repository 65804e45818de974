package mx.gob.veracruz.common;

/** How an audited call ended ({@code AUDIT_RECORD.OUTCOME}); part of the hash-chained content. */
public enum AuditOutcome {
  /** A change that was committed. */
  OK,
  /** A read of sensitive data. */
  READ,
  /** Refused by a business rule or by validation; nothing changed. */
  REJECTED,
  /** Failed with an unexpected error; nothing changed. */
  FAILED
}
