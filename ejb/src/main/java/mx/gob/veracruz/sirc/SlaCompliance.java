package mx.gob.veracruz.sirc;

import java.io.Serializable;

/**
 * SLA compliance of a department and service over the reports filed in a period: how many, how many
 * still open (and of those, overdue), how many resolved, and of those within the SLA.
 */
public record SlaCompliance(
    String dependencia,
    String serviceCode,
    String serviceName,
    long filed,
    long open,
    long overdue,
    long resolved,
    long resolvedOnTime)
    implements Serializable {
  /** Resolved within the SLA, of those resolved (0–100); null with none resolved. */
  public Double onTimePercent() {
    return resolved == 0 ? null : Math.round(1000.0 * resolvedOnTime / resolved) / 10.0;
  }
}
