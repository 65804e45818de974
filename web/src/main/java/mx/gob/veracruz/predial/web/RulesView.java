package mx.gob.veracruz.predial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.CondonationView;
import mx.gob.veracruz.predial.PredialRulesFacade;
import mx.gob.veracruz.predial.TariffView;
import mx.gob.veracruz.predial.UnitValueView;
import org.primefaces.PrimeFaces;

/**
 * The fiscal year's rule tables (Ley de Ingresos): tariff, unit values, condonation campaigns, next
 * year.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PredialRulesFacade facade;

  private List<TariffView> tariffs;
  private Integer year;
  private TariffForm tariff;
  private List<UnitValueView> unitValues = List.of();
  private UnitValueForm unitValue = new UnitValueForm(0, "ZONA");
  private List<CondonationView> condonations;
  private CondonationForm condonation = new CondonationForm();
  private BigDecimal nextUma;

  @PostConstruct
  void init() {
    tariffs = sorted(facade.tariffs());
    int current = PredialFaces.today().getYear();
    year =
        tariffs.stream()
            .map(TariffView::fiscalYear)
            .filter(y -> y == current)
            .findFirst()
            .orElse(tariffs.isEmpty() ? null : tariffs.get(0).fiscalYear());
    selectYear();
    condonations = facade.condonations();
  }

  public void selectYear() {
    tariff =
        tariffs.stream()
            .filter(t -> year != null && t.fiscalYear() == year)
            .findFirst()
            .map(TariffForm::of)
            .orElse(null);
    unitValues = year == null ? List.of() : facade.unitValues(year);
  }

  public void saveTariff() {
    try {
      TariffView saved = facade.saveTariff(tariff.view());
      tariffs = sorted(facade.tariffs());
      tariff = TariffForm.of(saved);
      PredialFaces.info("predial.tarifa.guardada", String.valueOf(saved.fiscalYear()));
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "tariff-form:");
    }
  }

  public void newUnitValue(String kind) {
    unitValue = new UnitValueForm(year, kind);
  }

  public void editUnitValue(UnitValueView v) {
    unitValue = UnitValueForm.of(v);
  }

  public void saveUnitValue() {
    try {
      facade.saveUnitValue(unitValue.view());
      unitValues = facade.unitValues(year);
      PredialFaces.info("predial.valor.guardado");
      PrimeFaces.current().executeScript("PF('unitValueDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "unit-value-form:");
    }
  }

  public void newCondonation() {
    condonation = new CondonationForm();
  }

  public void editCondonation(CondonationView c) {
    condonation = CondonationForm.of(c);
  }

  public void saveCondonation() {
    try {
      facade.saveCondonation(condonation.view());
      condonations = facade.condonations();
      PredialFaces.info("predial.condonacion.guardada");
      PrimeFaces.current().executeScript("PF('condonationDialog').hide()");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "condonation-form:");
    }
  }

  public void deleteCondonation(Long id) {
    try {
      facade.deleteCondonation(id);
      condonations = facade.condonations();
      PredialFaces.info("predial.condonacion.eliminada");
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "condonations-form:");
    }
  }

  /** January's routine: next year starts as a copy of this one (with the new UMA, if published). */
  public void copyYear() {
    try {
      TariffView created = facade.copyYear(year, year + 1, nextUma);
      tariffs = sorted(facade.tariffs());
      year = created.fiscalYear();
      nextUma = null;
      selectYear();
      PredialFaces.info("predial.ejercicio.copiado", String.valueOf(created.fiscalYear()));
    } catch (BusinessRuleException e) {
      PredialFaces.error(e, "year-form:");
    }
  }

  /** Edits are for finance; supervisors and auditors read (the facade enforces it too). */
  public boolean isEditor() {
    return PredialFaces.inAnyRole(List.of(Roles.ADMIN, Roles.FINANZAS));
  }

  public boolean isNextYearMissing() {
    return year != null && tariffs.stream().noneMatch(t -> t.fiscalYear() == year + 1);
  }

  private static List<TariffView> sorted(List<TariffView> list) {
    return list.stream()
        .sorted(Comparator.comparingInt(TariffView::fiscalYear).reversed())
        .toList();
  }

  public List<TariffView> getTariffs() {
    return tariffs;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public TariffForm getTariff() {
    return tariff;
  }

  public List<UnitValueView> getUnitValues() {
    return unitValues;
  }

  public UnitValueForm getUnitValue() {
    return unitValue;
  }

  public List<CondonationView> getCondonations() {
    return condonations;
  }

  public CondonationForm getCondonation() {
    return condonation;
  }

  public BigDecimal getNextUma() {
    return nextUma;
  }

  public void setNextUma(BigDecimal nextUma) {
    this.nextUma = nextUma;
  }
}
