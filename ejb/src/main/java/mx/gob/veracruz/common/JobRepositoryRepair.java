package mx.gob.veracruz.common;

/**
 * Marks a dead execution FAILED in the batch runtime's own job repository. Declared here and
 * implemented in the batch module (which knows the runtime's tables and status classes), so that
 * {@link JobRecoveryFacade#markFailed} runs it inside the audited recovery transaction.
 */
public interface JobRepositoryRepair {
  /** False when the execution was no longer STARTING, STARTED or STOPPING (nothing changed). */
  boolean markFailed(long executionId, String exitStatus);
}
