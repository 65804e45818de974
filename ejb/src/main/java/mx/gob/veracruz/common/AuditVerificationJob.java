package mx.gob.veracruz.common;

import java.time.LocalDate;
import java.util.Map;

/** The nightly check of the audit hash chain, for the day before {@code businessDate}'s night. */
public record AuditVerificationJob(LocalDate businessDate) implements JobRequest {
  public static final String NAME = "common-audit-verification";

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of("businessDate", businessDate.toString());
  }
}
