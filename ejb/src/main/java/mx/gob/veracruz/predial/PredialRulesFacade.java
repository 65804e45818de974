package mx.gob.veracruz.predial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.internal.RuleTables;
import mx.gob.veracruz.predial.internal.RuleTablesEditor;

/** The fiscal-year rule tables (Ley de Ingresos): read by finance and audit, edited by finance. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
public class PredialRulesFacade {
  @Inject private RuleTablesEditor editor;
  @Inject private RuleTables rules;

  public List<TariffView> tariffs() {
    return editor.tariffs();
  }

  public List<UnitValueView> unitValues(int year) {
    List<UnitValueView> out = new ArrayList<>();
    rules
        .zones(year)
        .forEach(
            z ->
                out.add(
                    new UnitValueView(
                        z.getId(),
                        year,
                        "ZONA",
                        z.getZona(),
                        z.getDescripcion(),
                        z.getUnitValue(),
                        z.getVersion())));
    rules
        .constructionValues(year)
        .forEach(
            v ->
                out.add(
                    new UnitValueView(
                        v.getId(),
                        year,
                        "CONSTRUCCION",
                        v.getTipo() + "/" + v.getEstado(),
                        null,
                        v.getUnitValue(),
                        v.getVersion())));
    return out;
  }

  public List<CondonationView> condonations() {
    return editor.condonations();
  }

  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "predial.tarifa.guardar", entity = "Tarifa")
  public TariffView saveTariff(TariffView t) {
    return editor.saveTariff(t);
  }

  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "predial.valor-unitario.guardar", entity = "ValorUnitario")
  public UnitValueView saveUnitValue(UnitValueView v) {
    return editor.saveUnitValue(v);
  }

  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "predial.condonacion.guardar", entity = "Condonacion")
  public CondonationView saveCondonation(CondonationView c) {
    return editor.saveCondonation(c);
  }

  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "predial.condonacion.eliminar", entity = "Condonacion")
  public void deleteCondonation(Long id) {
    editor.deleteCondonation(id);
  }

  /**
   * Starts a new fiscal year from the previous one's tables (then edited), as finance does each
   * January.
   */
  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @Audited(action = "predial.ejercicio.copiar", entity = "Tarifa")
  public TariffView copyYear(int from, int to, BigDecimal umaDailyValue) {
    if (to != from + 1) {
      throw new BusinessRuleException(
          "ejercicio-invalido", "to", "Solo se copia al ejercicio siguiente");
    }
    return editor.copyYear(from, to, umaDailyValue);
  }
}
