package mx.gob.veracruz.kpi.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.JobDefinition;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobParameters;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.SystemFacade;
import mx.gob.veracruz.common.Violations;
import mx.gob.veracruz.kpi.KpiJob;

/**
 * The indicators job: administrators and supervisors start it; {@code businessDate} (default
 * yesterday, city time) is the last day, {@code fromDate} (default the same day) the first, never
 * in the future nor more than {@value KpiJob#MAX_DAYS} days.
 */
@ApplicationScoped
public class KpiJobDefinition implements JobDefinition {
  @Inject private SystemFacade platform;
  @Inject private CityClock clock;

  @Override
  public String jobName() {
    return KpiJob.NAME;
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.ADMIN, Roles.SUPERVISOR);
  }

  @Inject private KpiRepository repo;

  /** Days of the range whose facts were written since the execution started (the chunks done). */
  @Override
  public long[] progress(java.util.Properties p, java.time.Instant start) {
    if (p == null || p.getProperty("businessDate") == null || start == null) {
      return null;
    }
    LocalDate to = LocalDate.parse(p.getProperty("businessDate"));
    LocalDate from =
        p.getProperty("fromDate") == null ? to : LocalDate.parse(p.getProperty("fromDate"));
    long total = ChronoUnit.DAYS.between(from, to) + 1;
    return new long[] {repo.daysComputedSince(from, to, start.toEpochMilli()), total};
  }

  @Override
  public JobRequest parse(Map<String, String> p) {
    Violations v = new Violations();
    v.check(
        () -> {
          JobParameters.onlyKnown(
              p, Set.of("businessDate", "fromDate", "failAfterItems", "pauseMillis"));
          return null;
        });
    LocalDate today = clock.today();
    LocalDate to = v.check(() -> JobParameters.date(p, "businessDate", today.minusDays(1)));
    LocalDate from = v.check(() -> JobParameters.date(p, "fromDate", to));
    JobHooks hooks = JobHooks.parse(p, platform.production(), v);
    v.throwIfAny();
    if (to.isAfter(today)) {
      throw new BusinessRuleException(
          "fecha-futura", "businessDate", "El día a calcular no puede ser posterior a hoy");
    }
    if (from.isAfter(to)) {
      throw new BusinessRuleException(
          "periodo-invalido",
          "fromDate",
          "La fecha inicial (fromDate) no puede ser posterior a la final (businessDate)");
    }
    if (ChronoUnit.DAYS.between(from, to) >= KpiJob.MAX_DAYS) {
      throw new BusinessRuleException(
          "periodo-largo",
          "fromDate",
          "Un recálculo abarca a lo más " + KpiJob.MAX_DAYS + " días: divídalo en varios");
    }
    return new KpiJob(from, to, hooks);
  }
}
