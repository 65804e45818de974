package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.becas.DispersionJob;
import mx.gob.veracruz.becas.model.BecaDispersion;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobDefinition;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobParameters;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.SystemFacade;
import mx.gob.veracruz.common.Violations;

/** Who writes a dispersion's orders and file: the finance office and the administrator. */
@ApplicationScoped
public class DispersionJobDefinition implements JobDefinition {
  @Inject private Disbursements disbursements;
  @Inject private BecasRepository repo;
  @Inject private SystemFacade platform;

  @Override
  public String jobName() {
    return DispersionJob.NAME;
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.ADMIN, Roles.FINANZAS);
  }

  @Override
  public Set<String> restartable() {
    Set<String> s = new java.util.HashSet<>(JobHooks.NAMES);
    s.add("chunkSize");
    return Set.copyOf(s);
  }

  @Override
  public JobRequest parse(Map<String, String> p) {
    Violations v = new Violations();
    v.check(
        () -> {
          JobParameters.onlyKnown(
              p, Set.of("dispersion", "chunkSize", "failAfterItems", "pauseMillis"));
          return null;
        });
    String folio = p.get("dispersion");
    v.check(
        () -> {
          BecaDispersion d = disbursements.dispersion(folio);
          if (!"GENERANDO".equals(d.getStatus())) {
            throw new BusinessRuleException(
                "dispersion-generada",
                "dispersion",
                "La dispersión " + d.getFolio() + " ya tiene su archivo");
          }
          return d;
        });
    Integer chunk = v.check(() -> JobParameters.integer(p, "chunkSize", 500, 1, 5000));
    JobHooks hooks = JobHooks.parse(p, platform.production(), v);
    v.throwIfAny();
    return new DispersionJob(folio.trim().toUpperCase(), chunk, hooks);
  }

  @Override
  public long[] progress(java.util.Properties parameters, java.time.Instant startedAt) {
    String folio = parameters.getProperty("dispersion");
    return repo.dispersion(folio)
        .map(
            d -> {
              long total =
                  repo.countInStatus(d.getConvocatoriaId(), java.util.List.of("BENEFICIARIA"));
              return new long[] {Math.min(d.getOrders(), total), total};
            })
        .orElse(null);
  }
}
