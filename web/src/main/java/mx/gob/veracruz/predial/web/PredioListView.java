package mx.gob.veracruz.predial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.predial.PredialFacade;
import mx.gob.veracruz.predial.PredioQuery;
import mx.gob.veracruz.predial.PredioSummary;

/**
 * Predio list: filters (clave prefix, owner words, colonia), paging and sorting in the database,
 * export.
 */
@Named
@ViewScoped
public class PredioListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PredialFacade facade;
  @Inject private GeographyFacade geography;

  private String clave;
  private String propietario;
  private Long coloniaId;
  private List<ColoniaInfo> colonias;
  private final PagedModel<PredioSummary> model =
      new PagedModel<>(
              page -> facade.list(query(), page),
              () -> facade.count(query()),
              PredioSummary::id,
              true)
          .exportable(
              "predios",
              (order, sink) -> facade.export(query(), order, sink),
              List.of(
                  ExportColumn.id("predial.clave", PredioSummary::claveCatastral),
                  ExportColumn.text("predial.propietarios", PredioSummary::propietarios),
                  ExportColumn.text("predial.direccion", PredioSummary::direccion),
                  ExportColumn.text("predial.colonia", PredioSummary::colonia),
                  ExportColumn.id("predial.zona", PredioSummary::zona)));

  @PostConstruct
  void init() {
    colonias = geography.colonias();
  }

  private PredioQuery query() {
    return new PredioQuery(clave, propietario, coloniaId);
  }

  public PagedModel<PredioSummary> getModel() {
    return model;
  }

  public String getClave() {
    return clave;
  }

  public void setClave(String clave) {
    this.clave = clave;
  }

  public String getPropietario() {
    return propietario;
  }

  public void setPropietario(String propietario) {
    this.propietario = propietario;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public List<ColoniaInfo> getColonias() {
    return colonias;
  }
}
