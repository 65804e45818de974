package mx.gob.veracruz.common.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;

/** Batch jobs: recent executions (refreshed while one runs) and an on-demand start. */
@Named
@ViewScoped
public class JobsView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String AUDIT_JOB = "common-audit-verification";

  @Inject private JobControl jobs;

  private List<JobExecutionSummary> executions;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    executions = jobs.recent(AUDIT_JOB, 20);
  }

  public void startAuditCheck() {
    String yesterday = LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1).toString();
    jobs.start(AUDIT_JOB, Map.of("businessDate", yesterday));
    Messages.info("trabajos.iniciado");
    refresh();
  }

  public boolean isRunning() {
    return executions.stream().anyMatch(e -> e.batchStatus().equals("STARTING") || e.batchStatus().equals("STARTED"));
  }

  public List<JobExecutionSummary> getExecutions() { return executions; }
}
