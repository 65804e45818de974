package mx.gob.veracruz.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every job the domains declare ({@link JobDefinition} beans): the batch module's JobControl asks
 * here who may run a job and turns API parameters into the job's typed request.
 */
@Stateless
@PermitAll
public class JobCatalog {
  @Inject @Any private Instance<JobDefinition> definitions;
  @Inject private SystemFacade system;

  public List<String> jobNames() {
    return definitions.stream().map(JobDefinition::jobName).sorted().toList();
  }

  public Set<String> roles(String jobName) {
    return definition(jobName).roles();
  }

  public JobRequest parse(String jobName, Map<String, String> parameters) {
    return definition(jobName).parse(parameters == null ? Map.of() : parameters);
  }

  /**
   * The overrides a restart may apply: declared as restartable, whole numbers, no hooks in
   * production.
   */
  public Map<String, String> restartOverrides(String jobName, Map<String, String> overrides) {
    Map<String, String> o = overrides == null ? Map.of() : overrides;
    Violations v = new Violations();
    v.check(
        () -> {
          JobParameters.onlyKnown(o, new TreeSet<>(definition(jobName).restartable()));
          return null;
        });
    if (o.containsKey("chunkSize")) {
      v.check(() -> JobParameters.integer(o, "chunkSize", 500, 1, 5000));
    }
    JobHooks.parse(o, system.production(), v);
    v.throwIfAny();
    return Map.copyOf(o);
  }

  /** {done, total} of a running execution, or null (see {@link JobDefinition#progress}). */
  public long[] progress(String jobName, java.util.Properties parameters, java.time.Instant start) {
    return definitions.stream()
        .filter(d -> d.jobName().equals(jobName))
        .findFirst()
        .map(d -> d.progress(parameters, start))
        .orElse(null);
  }

  private JobDefinition definition(String jobName) {
    return definitions.stream()
        .filter(d -> d.jobName().equals(jobName))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "trabajo-no-encontrado", "job", "No existe el trabajo " + jobName));
  }
}
