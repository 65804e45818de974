package mx.gob.veracruz.sirc.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.sirc.SircFacade;
import mx.gob.veracruz.sirc.SlaCompliance;

/** Supervisors' SLA compliance per department and service, for a period (default: this month). */
@Named
@ViewScoped
public class SircComplianceView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircFacade facade;
  @Inject private mx.gob.veracruz.common.web.Dependencias dependencias;
  @Inject private CityClock clock;

  private LocalDate from;
  private LocalDate to;

  private final ShownList<SlaCompliance> rows =
      new ShownList<>(
          "cumplimiento-sla",
          () -> facade.compliance(from, to),
          List.of(
              ExportColumn.text("sirc.dependencia", c -> dependencias.name(c.dependencia())),
              ExportColumn.text("sirc.servicio", SlaCompliance::serviceName),
              ExportColumn.integer("sirc.cumplimiento.recibidos", SlaCompliance::filed),
              ExportColumn.integer("sirc.cumplimiento.abiertos", SlaCompliance::open),
              ExportColumn.integer("sirc.cumplimiento.vencidos", SlaCompliance::overdue),
              ExportColumn.integer("sirc.cumplimiento.resueltos", SlaCompliance::resolved),
              ExportColumn.integer("sirc.cumplimiento.aTiempo", SlaCompliance::resolvedOnTime),
              ExportColumn.text(
                  "sirc.cumplimiento.porcentaje",
                  c -> c.onTimePercent() == null ? "" : c.onTimePercent() + " %")));

  @PostConstruct
  void init() {
    to = clock.today();
    from = to.withDayOfMonth(1);
  }

  public void search() {
    try {
      rows.refresh();
      rows.getRows();
    } catch (BusinessRuleException e) {
      rows.refresh();
      Messages.error(e, "compliance-form:");
    }
  }

  public ShownList<SlaCompliance> getRows() {
    return rows;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
