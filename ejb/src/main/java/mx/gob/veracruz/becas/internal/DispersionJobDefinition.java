package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.becas.DispersionJob;
import mx.gob.veracruz.becas.model.BecaDispersion;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobDefinition;
import mx.gob.veracruz.common.JobParameters;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.Violations;

/** Who writes a dispersion's orders and file: the finance office and the administrator. */
@ApplicationScoped
public class DispersionJobDefinition implements JobDefinition {
  @Inject private Disbursements disbursements;
  @Inject private BecasRepository repo;

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
    return Set.of();
  }

  @Override
  public JobRequest parse(Map<String, String> p) {
    Violations v = new Violations();
    v.check(
        () -> {
          JobParameters.onlyKnown(p, Set.of("dispersion"));
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
    v.throwIfAny();
    return new DispersionJob(folio.trim().toUpperCase());
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
