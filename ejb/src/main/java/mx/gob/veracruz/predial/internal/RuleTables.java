package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.model.Condonacion;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Tarifa;
import mx.gob.veracruz.predial.model.ValorConstruccion;
import mx.gob.veracruz.predial.model.ZonaValor;

/** Reads the fiscal-year tables (edited in the finance console) into the pure rule records. */
@ApplicationScoped
public class RuleTables {
  @Inject private PredialRepository repo;

  public Tarifa tariff(int year) {
    return repo.one(Tarifa.class, "Tarifa.byYear", "year", year)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "tarifa-no-definida",
                    "fiscalYear",
                    "No hay tarifa de predial definida para el ejercicio " + year));
  }

  public StatementRules statementRules(int year) {
    return statementRules(year, campaigns());
  }

  /** The condonation campaigns, read once per statement rather than once per fiscal year in it. */
  public List<StatementRules.Condonation> campaigns() {
    return repo.list(Condonacion.class, "Condonacion.all").stream()
        .map(
            c ->
                new StatementRules.Condonation(
                    c.getNombre(), c.getRate(), c.getValidFrom(), c.getValidTo()))
        .toList();
  }

  public StatementRules statementRules(int year, List<StatementRules.Condonation> campaigns) {
    Tarifa t = tariff(year);
    return new StatementRules(
        year,
        t.getEarlyDiscountRate(),
        t.getEarlyDiscountUntil(),
        t.getSpecialDiscountRate(),
        t.getMaxDiscountRate(),
        t.getMonthlySurchargeRate(),
        t.getSurchargeFrom(),
        campaigns);
  }

  /**
   * The unit values of a predio's zone and construction for a year; a missing row is an error to
   * fix.
   */
  public AssessmentRules assessmentRules(
      Predio p, int year, List<ZonaValor> zones, List<ValorConstruccion> values) {
    Tarifa t = tariff(year);
    ZonaValor zone =
        zones.stream()
            .filter(z -> z.getZona().equals(p.getZona()))
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "zona-sin-valor",
                        "zona",
                        "La zona " + p.getZona() + " no tiene valor unitario en " + year));
    ValorConstruccion built =
        values.stream()
            .filter(
                v ->
                    v.getTipo().equals(p.getTipoConstruccion())
                        && v.getEstado().equals(p.getEstadoConstruccion()))
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "construccion-sin-valor",
                        "tipoConstruccion",
                        "La construcción "
                            + p.getTipoConstruccion()
                            + "/"
                            + p.getEstadoConstruccion()
                            + " no tiene valor unitario en "
                            + year));
    return new AssessmentRules(
        year,
        zone.getUnitValue(),
        built.getUnitValue(),
        t.getRatePerThousand(),
        t.getMinimumUma(),
        t.getUmaDailyValue());
  }

  public List<ZonaValor> zones(int year) {
    return repo.list(ZonaValor.class, "ZonaValor.byYear", "year", year);
  }

  public List<ValorConstruccion> constructionValues(int year) {
    return repo.list(ValorConstruccion.class, "ValorConstruccion.byYear", "year", year);
  }
}
