package mx.gob.veracruz.common.batch;

import java.util.Map;

/**
 * The nightly schedulers' view of {@link JobControlBean}: start a job without a caller role (a
 * timer has none). It lives in the batch module, which the web module does not see, so no request
 * can reach it; jobs started here are tagged with the console's component and appear on its page.
 */
public interface ScheduledJobs {
  long startScheduled(String jobName, Map<String, String> parameters);

  boolean isRunning(String jobName);
}
