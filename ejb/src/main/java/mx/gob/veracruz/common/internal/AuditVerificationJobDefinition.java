package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.AuditVerificationJob;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.JobDefinition;
import mx.gob.veracruz.common.JobParameters;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.Violations;

/** Who runs the audit-chain check on demand: the administrator (auditors read its results). */
@ApplicationScoped
public class AuditVerificationJobDefinition implements JobDefinition {
  @Inject private CityClock clock;

  @Override
  public String jobName() {
    return AuditVerificationJob.NAME;
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.ADMIN);
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
          JobParameters.onlyKnown(p, Set.of("businessDate"));
          return null;
        });
    LocalDate yesterday = clock.today().minusDays(1);
    LocalDate date = v.check(() -> JobParameters.date(p, "businessDate", yesterday));
    v.throwIfAny();
    return new AuditVerificationJob(date);
  }
}
