package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobDefinition;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobParameters;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.SystemFacade;
import mx.gob.veracruz.common.Violations;
import mx.gob.veracruz.predial.AssessmentJob;
import mx.gob.veracruz.predial.ReconciliationJob;

/** The two predial jobs: who may run them and which parameters they take. */
public final class PredialJobDefinitions {
  /** What a restart of either job may change: its chunk size and the test hooks. */
  static final Set<String> RESTARTABLE = restartable(JobHooks.NAMES);

  private static Set<String> restartable(Set<String> hooks) {
    Set<String> s = new HashSet<>(hooks);
    s.add("chunkSize");
    return Set.copyOf(s);
  }

  private PredialJobDefinitions() {}

  /** The reconciliation: the finance office and its supervisors (and the administrator). */
  @ApplicationScoped
  public static class Reconciliation implements JobDefinition {
    static final Set<String> PARAMETERS =
        Set.of("businessDate", "files", "chunkSize", "failAfterItems", "pauseMillis");

    @Inject private PredialSettings settings;
    @Inject private SystemFacade platform;

    @Override
    public String jobName() {
      return ReconciliationJob.NAME;
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS);
    }

    @Override
    public Set<String> restartable() {
      return RESTARTABLE;
    }

    @Override
    public JobRequest parse(Map<String, String> p) {
      Violations v = new Violations();
      v.check(
          () -> {
            JobParameters.onlyKnown(p, PARAMETERS);
            return null;
          });
      LocalDate date = v.check(() -> JobParameters.date(p, "businessDate", null));
      List<String> files = v.check(() -> landed(Path.of(settings.landingFolder()), p.get("files")));
      Integer chunk =
          v.check(
              () ->
                  JobParameters.integer(p, "chunkSize", ReconciliationJob.DEFAULT_CHUNK, 1, 5000));
      JobHooks hooks = JobHooks.parse(p, platform.production(), v);
      v.throwIfAny();
      return new ReconciliationJob(date, files, chunk, hooks);
    }
  }

  /** The yearly assessment: the finance office (and the administrator). */
  @ApplicationScoped
  public static class Assessment implements JobDefinition {
    @Inject private SystemFacade platform;

    @Override
    public String jobName() {
      return AssessmentJob.NAME;
    }

    @Override
    public Set<String> roles() {
      return Set.of(Roles.ADMIN, Roles.FINANZAS);
    }

    @Override
    public Set<String> restartable() {
      return RESTARTABLE;
    }

    @Override
    public JobRequest parse(Map<String, String> p) {
      Violations v = new Violations();
      v.check(
          () -> {
            JobParameters.onlyKnown(p, Set.of("fiscalYear", "chunkSize", "failAfterItems"));
            return null;
          });
      Integer year =
          v.check(
              () -> {
                if (p.get("fiscalYear") == null) {
                  throw new BusinessRuleException(
                      "parametro-obligatorio",
                      "fiscalYear",
                      "Falta el parámetro fiscalYear (AAAA)");
                }
                return JobParameters.integer(p, "fiscalYear", 0, 2000, 2100);
              });
      Integer chunk = v.check(() -> JobParameters.integer(p, "chunkSize", 500, 1, 5000));
      JobHooks hooks = JobHooks.parse(p, platform.production(), v);
      v.throwIfAny();
      return new AssessmentJob(year, chunk, hooks);
    }
  }

  /**
   * File names of the landing folder, comma-separated. A path, a name with "..", a link or a file
   * that is not there is refused: the job reads only what the banks delivered to that folder.
   */
  static List<String> landed(Path landing, String names) {
    List<String> out = new ArrayList<>();
    if (names == null || names.isBlank()) {
      return out;
    }
    for (String raw : names.split(",")) {
      String name = raw.trim();
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}") || name.contains("..")) {
        throw new BusinessRuleException(
            "archivo-invalido",
            "files",
            "Indique solo nombres de archivo de la carpeta de entrada, sin rutas: " + clip(name));
      }
      Path file = landing.resolve(name).normalize();
      try {
        if (!file.startsWith(landing.toRealPath()) && !file.startsWith(landing.normalize())
            || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            || !file.toRealPath().getParent().equals(landing.toRealPath())) {
          throw new BusinessRuleException(
              "archivo-invalido", "files", "No está en la carpeta de entrada: " + name);
        }
      } catch (IOException e) {
        throw new BusinessRuleException(
            "archivo-invalido", "files", "No está en la carpeta de entrada: " + name);
      }
      out.add(name);
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
