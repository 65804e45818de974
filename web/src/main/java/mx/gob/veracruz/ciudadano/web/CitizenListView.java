package mx.gob.veracruz.ciudadano.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.ciudadano.CitizenCommand;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.CitizenQuery;
import mx.gob.veracruz.ciudadano.CitizenSummary;
import mx.gob.veracruz.ciudadano.CiudadanoFacade;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import org.primefaces.PrimeFaces;

/** Citizen list: filters, lazy paging and sorting in the database, export, create/edit dialog. */
@Named
@ViewScoped
public class CitizenListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CiudadanoFacade facade;
  @Inject private GeographyFacade geography;

  private String curp;
  private String nombre;
  private Long coloniaId;
  private List<ColoniaInfo> colonias;
  private CitizenForm form = new CitizenForm();
  private final PagedModel<CitizenSummary> model =
      new PagedModel<>(
              page -> facade.list(query(), page),
              () -> facade.count(query()),
              CitizenSummary::id,
              true)
          .exportable(
              "ciudadanos",
              (order, sink) -> facade.export(query(), order, sink),
              List.of(
                  ExportColumn.id("ciudadano.curp", CitizenSummary::curp),
                  ExportColumn.text("ciudadano.nombreCompleto", CitizenSummary::nombreCompleto),
                  ExportColumn.text("ciudadano.colonia", CitizenSummary::colonia),
                  ExportColumn.id("ciudadano.cp", CitizenSummary::codigoPostal),
                  ExportColumn.id("ciudadano.telefono", CitizenSummary::telefono)));

  @PostConstruct
  void init() {
    colonias = geography.colonias();
  }

  public void newCitizen() {
    form = new CitizenForm();
  }

  public void edit(Long id) {
    form = CitizenForm.of(facade.find(id));
  }

  public void save() {
    try {
      CitizenCommand cmd = form.command();
      CitizenDetail saved =
          form.getId() == null
              ? facade.register(cmd)
              : facade.update(form.getId(), form.getVersion(), cmd);
      form = CitizenForm.of(saved);
      Messages.info("ciudadano.guardado");
      PrimeFaces.current().executeScript("PF('citizenDialog').hide()");
    } catch (BusinessRuleException e) {
      Messages.error(e, "citizen-form:");
    }
  }

  private CitizenQuery query() {
    return new CitizenQuery(curp, nombre, coloniaId);
  }

  public PagedModel<CitizenSummary> getModel() {
    return model;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
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

  public CitizenForm getForm() {
    return form;
  }
}
