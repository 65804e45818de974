package mx.gob.veracruz.common.web;

import jakarta.batch.runtime.BatchStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.AuditVerificationJob;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;

/**
 * Every execution of every batch job, newest first and paged, with Spanish states; the on-demand
 * audit check and restarts are offered only to the roles the job's definition names.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private JobControl jobs;
  @Inject private CityClock clock;

  private final PagedModel<JobExecutionSummary> model =
      new PagedModel<JobExecutionSummary>(
              page -> jobs.all(page.first(), page.size()),
              () -> jobs.countAll(),
              JobExecutionSummary::executionId,
              false)
          .exportable(
              "trabajos",
              (order, sink) -> exportAll(sink),
              List.of(
                  ExportColumn.integer("trabajos.ejecucion", JobExecutionSummary::executionId),
                  ExportColumn.text(
                      "trabajos.trabajo", e -> Labels.label("trabajos.nombre.", e.jobName())),
                  ExportColumn.text(
                      "trabajos.estado", e -> Labels.label("trabajos.estado.", e.batchStatus())),
                  ExportColumn.text("trabajos.salida", e -> ExitStatus.text(e.exitStatus())),
                  ExportColumn.dateTime("trabajos.inicio", JobExecutionSummary::start),
                  ExportColumn.dateTime("trabajos.fin", JobExecutionSummary::end)));

  private long exportAll(java.util.function.Consumer<List<JobExecutionSummary>> sink) {
    return mx.gob.veracruz.common.Pages.forEach(
        new mx.gob.veracruz.common.PageRequest(0, 1, null, false),
        page -> jobs.all(page.first(), page.size()),
        sink);
  }

  public void startAuditCheck() {
    try {
      jobs.start(new AuditVerificationJob(clock.today().minusDays(1)));
      Messages.info("trabajos.iniciado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "jobs-form:");
    }
  }

  public void restart(long executionId) {
    try {
      jobs.restart(executionId, Map.of());
      Messages.info("trabajos.reiniciado");
    } catch (BusinessRuleException e) {
      Messages.error(e, "jobs-form:");
    }
  }

  public boolean mayRun(String jobName) {
    return jobs.mayRun(jobName);
  }

  /** The KPI job's range: the last day (default yesterday) and the first (default the same). */
  private java.time.LocalDate kpiFrom;

  private java.time.LocalDate kpiTo;

  public void startKpi() {
    try {
      java.util.Map<String, String> p = new java.util.HashMap<>();
      if (kpiTo != null) {
        p.put("businessDate", kpiTo.toString());
      }
      if (kpiFrom != null) {
        p.put("fromDate", kpiFrom.toString());
      }
      jobs.start(mx.gob.veracruz.kpi.KpiJob.NAME, p);
      Messages.info("trabajos.iniciado");
    } catch (BusinessRuleException e) {
      kpiError(e);
    }
  }

  /** Each refused parameter beside its date picker. */
  private static void kpiError(BusinessRuleException e) {
    java.util.List<mx.gob.veracruz.common.InvalidInputException.Violation> all =
        e instanceof mx.gob.veracruz.common.InvalidInputException many
            ? many.getViolations()
            : java.util.List.of(
                new mx.gob.veracruz.common.InvalidInputException.Violation(
                    e.getField(), e.getCode(), e.getMessage()));
    for (var v : all) {
      Messages.error(
          new BusinessRuleException(
              v.code(), "fromDate".equals(v.field()) ? "kpi-from" : "kpi-to", v.message()),
          "jobs-form:");
    }
  }

  public boolean isMayRunKpi() {
    return jobs.mayRun(mx.gob.veracruz.kpi.KpiJob.NAME);
  }

  public java.time.LocalDate getKpiFrom() {
    return kpiFrom;
  }

  public void setKpiFrom(java.time.LocalDate kpiFrom) {
    this.kpiFrom = kpiFrom;
  }

  public java.time.LocalDate getKpiTo() {
    return kpiTo;
  }

  public void setKpiTo(java.time.LocalDate kpiTo) {
    this.kpiTo = kpiTo;
  }

  public boolean isMayRunAuditCheck() {
    return jobs.mayRun(AuditVerificationJob.NAME);
  }

  public boolean restartable(JobExecutionSummary e) {
    return (e.batchStatus() == BatchStatus.FAILED || e.batchStatus() == BatchStatus.STOPPED)
        && jobs.mayRun(e.jobName());
  }

  public PagedModel<JobExecutionSummary> getModel() {
    return model;
  }
}
