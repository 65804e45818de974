package mx.gob.veracruz.becas.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.becas.BecasFacade;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.PagedModel;

/** The console's list of calls, paged in the database, with CSV/XLSX. */
@Named
@ViewScoped
public class BecaCallsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BecasFacade facade;

  private final PagedModel<ConvocatoriaView> model =
      new PagedModel<>(
              page -> facade.calls(page.first(), page.size()),
              () -> facade.countCalls(),
              ConvocatoriaView::code,
              false)
          .exportable(
              "convocatorias",
              (order, sink) ->
                  mx.gob.veracruz.common.Pages.forEach(
                      order, p -> facade.calls(p.first(), p.size()), sink),
              List.of(
                  ExportColumn.id("becas.clave", ConvocatoriaView::code),
                  ExportColumn.text("becas.convocatoria", ConvocatoriaView::name),
                  ExportColumn.text("becas.ciclo", ConvocatoriaView::cycle),
                  ExportColumn.date("becas.abre", ConvocatoriaView::opensOn),
                  ExportColumn.date("becas.cierra", ConvocatoriaView::closesOn),
                  ExportColumn.integer("becas.lugares", v -> (long) v.places()),
                  ExportColumn.money("becas.monto", ConvocatoriaView::amount),
                  ExportColumn.integer("becas.pagos", v -> (long) v.payments()),
                  ExportColumn.money("becas.presupuesto", ConvocatoriaView::budget),
                  ExportColumn.integer("becas.solicitudes", ConvocatoriaView::applications),
                  ExportColumn.text("becas.estado", ConvocatoriaView::statusLabel)));

  public PagedModel<ConvocatoriaView> getModel() {
    return model;
  }
}
