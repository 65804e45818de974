package mx.gob.veracruz.sirc.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.DependenciaInfo;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.sirc.RoutingRuleEdit;
import mx.gob.veracruz.sirc.RoutingRuleView;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SircCatalogFacade;

/**
 * Routing rules in the console: which department (and crew) receives a service's reports in a
 * colonia. Data, not code: a new rule applies to the next report filed.
 */
@Named
@ViewScoped
public class SircRoutingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircCatalogFacade facade;

  private Long id;
  private String serviceCode;
  private Long coloniaId;
  private String dependencia;
  private String crew;
  private List<ServiceView> services;
  private List<ColoniaInfo> colonias;
  private List<DependenciaInfo> dependencias;

  private final ShownList<RoutingRuleView> rules =
      new ShownList<>(
          "reglas-de-turno-sirc",
          () -> facade.rules(),
          List.of(
              ExportColumn.text(
                  "sirc.servicio",
                  r ->
                      r.serviceName() == null
                          ? Messages.text("sirc.rutas.todos")
                          : r.serviceName()),
              ExportColumn.text(
                  "sirc.colonia",
                  r ->
                      r.coloniaName() == null
                          ? Messages.text("sirc.rutas.todas")
                          : r.coloniaName()),
              ExportColumn.text("sirc.dependencia", RoutingRuleView::dependenciaName),
              ExportColumn.text("sirc.rutas.cuadrilla", RoutingRuleView::crew),
              ExportColumn.text("sirc.rutas.cambio", RoutingRuleView::updatedBy),
              ExportColumn.dateTime("sirc.rutas.fecha", RoutingRuleView::updatedAt)));

  public void save() {
    try {
      facade.saveRule(new RoutingRuleEdit(id, serviceCode, coloniaId, dependencia, crew));
      Messages.info(id == null ? "sirc.rutas.creada" : "sirc.rutas.guardada");
      clear();
      rules.refresh();
    } catch (BusinessRuleException e) {
      Messages.error(e, "rule-form:");
    }
  }

  public void edit(RoutingRuleView r) {
    id = r.id();
    serviceCode = r.serviceCode();
    coloniaId = r.coloniaId();
    dependencia = r.dependencia();
    crew = r.crew();
  }

  public void delete(Long ruleId) {
    try {
      facade.deleteRule(ruleId);
      Messages.info("sirc.rutas.eliminada");
      if (ruleId.equals(id)) {
        clear();
      }
      rules.refresh();
    } catch (BusinessRuleException e) {
      Messages.error(e, "rules-form:");
    }
  }

  public void clear() {
    id = null;
    serviceCode = null;
    coloniaId = null;
    dependencia = null;
    crew = null;
  }

  public ShownList<RoutingRuleView> getRules() {
    return rules;
  }

  public List<ServiceView> getServices() {
    if (services == null) {
      String mine = facade.editorDepartment();
      services =
          facade.services().stream()
              .filter(s -> mine == null || mine.equals(s.dependencia()))
              .toList();
    }
    return services;
  }

  public List<ColoniaInfo> getColonias() {
    if (colonias == null) {
      colonias = facade.colonias();
    }
    return colonias;
  }

  public List<DependenciaInfo> getDependencias() {
    if (dependencias == null) {
      dependencias = facade.dependencias();
    }
    return dependencias;
  }

  public boolean isEditing() {
    return id != null;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public String getDependencia() {
    return dependencia;
  }

  public void setDependencia(String dependencia) {
    this.dependencia = dependencia;
  }

  public String getCrew() {
    return crew;
  }

  public void setCrew(String crew) {
    this.crew = crew;
  }
}
