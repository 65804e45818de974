package mx.gob.veracruz.common;

import java.util.Map;
import java.util.Set;

/**
 * What a domain says about one of its jobs: who may start, restart and stop it, and how a request
 * from the API (a JSON object of strings) becomes its typed {@link JobRequest}. One CDI bean per
 * job; {@code JobControl} finds them all, so a new job adds a class, not an edit of the control.
 */
public interface JobDefinition {
  String jobName();

  /** Roles that may start, restart or stop it; {@code AUDITOR} never (read-only everywhere). */
  Set<String> roles();

  /** The typed request; unknown, malformed or out-of-bounds parameters are refused (422). */
  JobRequest parse(Map<String, String> parameters);

  /**
   * How far a running execution is, as {done, total} items (days, files…), read from what the job
   * has committed since {@code startedAt}; null when the job cannot tell.
   */
  default long[] progress(java.util.Properties parameters, java.time.Instant startedAt) {
    return null;
  }

  /** Parameters a restart may change (the rest are the original run's). */
  default Set<String> restartable() {
    return JobHooks.NAMES;
  }
}
