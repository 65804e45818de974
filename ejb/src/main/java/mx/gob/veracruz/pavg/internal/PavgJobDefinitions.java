package mx.gob.veracruz.pavg.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.JobDefinition;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobParameters;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.SystemFacade;
import mx.gob.veracruz.common.Violations;
import mx.gob.veracruz.pavg.PavgRekeyJob;
import mx.gob.veracruz.pavg.PavgRetentionJob;

/** PAVG's two jobs: who may run them and which parameters they take. */
public final class PavgJobDefinitions {
  private PavgJobDefinitions() {}

  /**
   * The key rotation: the IT office (ADMIN) after it adds the new key's alias and names it current.
   * It re-seals without showing anything.
   */
  @ApplicationScoped
  public static class Rekey implements JobDefinition {
    @Inject private SystemFacade platform;

    @Override
    public String jobName() {
      return PavgRekeyJob.NAME;
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.ADMIN);
    }

    @Override
    public Set<String> restartable() {
      Set<String> s = new HashSet<>(JobHooks.NAMES);
      s.add("chunkSize");
      return Set.copyOf(s);
    }

    @Override
    public JobRequest parse(Map<String, String> p) {
      Violations v = new Violations();
      v.check(
          () -> {
            JobParameters.onlyKnown(p, Set.of("chunkSize", "failAfterItems", "pauseMillis"));
            return null;
          });
      Integer chunk = v.check(() -> JobParameters.integer(p, "chunkSize", 200, 1, 5000));
      JobHooks hooks = JobHooks.parse(p, platform.production(), v);
      v.throwIfAny();
      return new PavgRekeyJob(chunk, hooks);
    }
  }

  /** The retention purge: nightly, or on demand by the administrator or a PAVG supervisor. */
  @ApplicationScoped
  public static class Retention implements JobDefinition {
    @Inject private CityClock clock;

    @Override
    public String jobName() {
      return PavgRetentionJob.NAME;
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.ADMIN, Roles.PAVG_SUPERVISOR);
    }

    @Override
    public Set<String> restartable() {
      return Set.of();
    }

    @Override
    public JobRequest parse(Map<String, String> p) {
      Violations v = new Violations();
      v.check(
          () -> {
            JobParameters.onlyKnown(p, Set.of());
            return null;
          });
      v.throwIfAny();
      return new PavgRetentionJob(clock.today());
    }
  }
}
