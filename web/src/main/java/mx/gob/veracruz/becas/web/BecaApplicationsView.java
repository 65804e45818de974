package mx.gob.veracruz.becas.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.becas.ApplicationFilter;
import mx.gob.veracruz.becas.ApplicationRow;
import mx.gob.veracruz.becas.BecasFacade;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.PagedModel;

/** The applications: filters, paging in the database, CSV/XLSX of the filtered list. */
@Named
@ViewScoped
public class BecaApplicationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BecasFacade facade;

  private String call;
  private String status;
  private String text;
  private List<String[]> calls;

  private final PagedModel<ApplicationRow> model =
      new PagedModel<>(
              page -> facade.list(filter(), page),
              () -> facade.count(filter()),
              ApplicationRow::folio,
              false)
          .exportable(
              "solicitudes-beca",
              (order, sink) -> facade.export(filter(), order, sink),
              List.of(
                  ExportColumn.id("becas.folio", ApplicationRow::folio),
                  ExportColumn.text("becas.convocatoria", ApplicationRow::callName),
                  ExportColumn.text("becas.alumno", ApplicationRow::studentName),
                  ExportColumn.text("becas.nivel", ApplicationRow::levelLabel),
                  ExportColumn.text(
                      "becas.puntaje",
                      r -> r.score().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()),
                  ExportColumn.text(
                      "becas.lugar", r -> r.rank() == null ? "" : r.rank().toString()),
                  ExportColumn.text("becas.estado", ApplicationRow::statusLabel),
                  ExportColumn.dateTime("becas.presentada", ApplicationRow::filedAt)));

  @PostConstruct
  void init() {
    calls = facade.callOptions();
  }

  ApplicationFilter filter() {
    return new ApplicationFilter(call, status, text);
  }

  public PagedModel<ApplicationRow> getModel() {
    return model;
  }

  public List<String[]> getCalls() {
    return calls;
  }

  public List<String[]> getStatuses() {
    return BecasFacade.statuses();
  }

  public String getCall() {
    return call;
  }

  public void setCall(String v) {
    call = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    text = v;
  }
}
