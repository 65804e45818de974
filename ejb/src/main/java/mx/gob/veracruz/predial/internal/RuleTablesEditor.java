package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.CondonationView;
import mx.gob.veracruz.predial.TariffView;
import mx.gob.veracruz.predial.UnitValueView;
import mx.gob.veracruz.predial.model.Condonacion;
import mx.gob.veracruz.predial.model.Tarifa;
import mx.gob.veracruz.predial.model.ValorConstruccion;
import mx.gob.veracruz.predial.model.ZonaValor;

/**
 * Validates and stores edits of the rule tables; a stale edit (other user) is refused by version.
 */
@ApplicationScoped
public class RuleTablesEditor {
  private static final BigDecimal ONE = BigDecimal.ONE;

  @Inject private PredialRepository repo;
  @Inject private RuleTables rules;

  public List<TariffView> tariffs() {
    return repo.list(Tarifa.class, "Tarifa.all").stream().map(RuleTablesEditor::view).toList();
  }

  public List<CondonationView> condonations() {
    return repo.list(Condonacion.class, "Condonacion.all").stream()
        .map(
            c ->
                new CondonationView(
                    c.getId(),
                    c.getNombre(),
                    c.getRate(),
                    c.getValidFrom(),
                    c.getValidTo(),
                    c.getVersion()))
        .toList();
  }

  public TariffView saveTariff(TariffView v) {
    rules.invalidate();
    rate(v.earlyDiscountRate(), "earlyDiscountRate");
    rate(v.specialDiscountRate(), "specialDiscountRate");
    rate(v.maxDiscountRate(), "maxDiscountRate");
    rate(v.monthlySurchargeRate(), "monthlySurchargeRate");
    positive(v.ratePerThousand(), "ratePerThousand");
    positive(v.umaDailyValue(), "umaDailyValue");
    if (v.minimumUma() == null || v.minimumUma().signum() < 0) {
      throw new BusinessRuleException(
          "valor-invalido", "minimumUma", "El mínimo en UMA debe ser ≥ 0");
    }
    if (v.earlyDiscountUntil() == null || v.earlyDiscountUntil().getYear() != v.fiscalYear()) {
      throw new BusinessRuleException(
          "fecha-invalida",
          "earlyDiscountUntil",
          "El pronto pago debe terminar dentro del ejercicio " + v.fiscalYear());
    }
    if (v.surchargeFrom() == null || v.surchargeFrom().getYear() <= v.fiscalYear() - 1) {
      throw new BusinessRuleException(
          "fecha-invalida", "surchargeFrom", "Los recargos inician después del ejercicio");
    }
    if (v.slipValidityDays() < 1 || v.slipValidityDays() > 31) {
      throw new BusinessRuleException(
          "valor-invalido", "slipValidityDays", "Vigencia del formato: 1 a 31 días");
    }
    Tarifa t = v.id() == null ? new Tarifa() : repo.find(Tarifa.class, v.id());
    if (v.id() != null && (t == null || t.getVersion() != v.version())) {
      throw new BusinessRuleException(
          "conflicto-version", null, "Otra persona modificó la tarifa; vuelva a abrirla");
    }
    if (v.id() == null) {
      if (repo.one(Tarifa.class, "Tarifa.byYear", "year", v.fiscalYear()).isPresent()) {
        throw new BusinessRuleException(
            "tarifa-duplicada", "fiscalYear", "Ya existe la tarifa de " + v.fiscalYear());
      }
      t.setFiscalYear(v.fiscalYear());
    }
    t.setRatePerThousand(v.ratePerThousand());
    t.setMinimumUma(v.minimumUma());
    t.setUmaDailyValue(v.umaDailyValue());
    t.setEarlyDiscountRate(v.earlyDiscountRate());
    t.setEarlyDiscountUntil(v.earlyDiscountUntil());
    t.setSpecialDiscountRate(v.specialDiscountRate());
    t.setMaxDiscountRate(v.maxDiscountRate());
    t.setMonthlySurchargeRate(v.monthlySurchargeRate());
    t.setSurchargeFrom(v.surchargeFrom());
    t.setSlipValidityDays(v.slipValidityDays());
    if (v.id() == null) {
      repo.persist(t);
    }
    repo.flush();
    return view(t);
  }

  public UnitValueView saveUnitValue(UnitValueView v) {
    positive(v.unitValue(), "unitValue");
    rules.tariff(v.fiscalYear());
    if ("ZONA".equals(v.kind())) {
      ZonaValor z = v.id() == null ? new ZonaValor() : repo.find(ZonaValor.class, v.id());
      checkVersion(z == null ? null : z.getVersion(), v);
      if (v.id() == null) {
        z.setFiscalYear(v.fiscalYear());
        z.setZona(code(v.code(), "[A-Z0-9-]{1,16}"));
      }
      z.setDescripcion(
          v.description() == null || v.description().isBlank()
              ? z.getZona()
              : v.description().trim());
      z.setUnitValue(v.unitValue());
      if (v.id() == null) {
        repo.persist(z);
      }
      repo.flush();
      return new UnitValueView(
          z.getId(),
          z.getFiscalYear(),
          "ZONA",
          z.getZona(),
          z.getDescripcion(),
          z.getUnitValue(),
          z.getVersion());
    }
    ValorConstruccion c =
        v.id() == null ? new ValorConstruccion() : repo.find(ValorConstruccion.class, v.id());
    checkVersion(c == null ? null : c.getVersion(), v);
    if (v.id() == null) {
      String[] parts = code(v.code(), "[A-Z_]{2,32}/[A-Z_]{2,16}").split("/");
      c.setFiscalYear(v.fiscalYear());
      c.setTipo(parts[0]);
      c.setEstado(parts[1]);
    }
    c.setUnitValue(v.unitValue());
    if (v.id() == null) {
      repo.persist(c);
    }
    repo.flush();
    return new UnitValueView(
        c.getId(),
        c.getFiscalYear(),
        "CONSTRUCCION",
        c.getTipo() + "/" + c.getEstado(),
        null,
        c.getUnitValue(),
        c.getVersion());
  }

  public CondonationView saveCondonation(CondonationView v) {
    rules.invalidate();
    rate(v.rate(), "rate");
    if (v.nombre() == null || v.nombre().isBlank()) {
      throw new BusinessRuleException(
          "valor-invalido", "nombre", "Indique el nombre de la campaña");
    }
    if (v.validFrom() == null || v.validTo() == null || v.validTo().isBefore(v.validFrom())) {
      throw new BusinessRuleException(
          "fecha-invalida", "validTo", "La vigencia termina antes de empezar");
    }
    Condonacion c = v.id() == null ? new Condonacion() : repo.find(Condonacion.class, v.id());
    if (v.id() != null && (c == null || c.getVersion() != v.version())) {
      throw new BusinessRuleException(
          "conflicto-version", null, "Otra persona modificó la campaña; vuelva a abrirla");
    }
    c.setNombre(v.nombre().trim());
    c.setRate(v.rate());
    c.setValidFrom(v.validFrom());
    c.setValidTo(v.validTo());
    if (v.id() == null) {
      repo.persist(c);
    }
    repo.flush();
    return new CondonationView(
        c.getId(), c.getNombre(), c.getRate(), c.getValidFrom(), c.getValidTo(), c.getVersion());
  }

  public void deleteCondonation(Long id) {
    rules.invalidate();
    Condonacion c = repo.find(Condonacion.class, id);
    if (c != null) {
      repo.remove(c);
    }
  }

  public TariffView copyYear(int from, int to, BigDecimal uma) {
    rules.invalidate();
    Tarifa f = rules.tariff(from);
    TariffView created =
        saveTariff(
            new TariffView(
                null,
                to,
                f.getRatePerThousand(),
                f.getMinimumUma(),
                uma == null ? f.getUmaDailyValue() : uma,
                f.getEarlyDiscountRate(),
                f.getEarlyDiscountUntil()
                    .withYear(to)
                    .withDayOfMonth(f.getEarlyDiscountUntil().withYear(to).lengthOfMonth()),
                f.getSpecialDiscountRate(),
                f.getMaxDiscountRate(),
                f.getMonthlySurchargeRate(),
                f.getSurchargeFrom().plusYears(1),
                f.getSlipValidityDays(),
                0));
    for (ZonaValor z : rules.zones(from)) {
      ZonaValor n = new ZonaValor();
      n.setFiscalYear(to);
      n.setZona(z.getZona());
      n.setDescripcion(z.getDescripcion());
      n.setUnitValue(z.getUnitValue());
      repo.persist(n);
    }
    for (ValorConstruccion v : rules.constructionValues(from)) {
      ValorConstruccion n = new ValorConstruccion();
      n.setFiscalYear(to);
      n.setTipo(v.getTipo());
      n.setEstado(v.getEstado());
      n.setUnitValue(v.getUnitValue());
      repo.persist(n);
    }
    return created;
  }

  static TariffView view(Tarifa t) {
    return new TariffView(
        t.getId(),
        t.getFiscalYear(),
        t.getRatePerThousand(),
        t.getMinimumUma(),
        t.getUmaDailyValue(),
        t.getEarlyDiscountRate(),
        t.getEarlyDiscountUntil(),
        t.getSpecialDiscountRate(),
        t.getMaxDiscountRate(),
        t.getMonthlySurchargeRate(),
        t.getSurchargeFrom(),
        t.getSlipValidityDays(),
        t.getVersion());
  }

  private static void checkVersion(Long current, UnitValueView v) {
    if (v.id() != null && (current == null || current != v.version())) {
      throw new BusinessRuleException(
          "conflicto-version", null, "Otra persona modificó el valor; vuelva a abrirlo");
    }
  }

  private static String code(String raw, String pattern) {
    String c = raw == null ? "" : raw.trim().toUpperCase();
    if (!c.matches(pattern)) {
      throw new BusinessRuleException("clave-invalida", "code", "Clave no válida: " + raw);
    }
    return c;
  }

  private static void rate(BigDecimal r, String field) {
    if (r == null || r.signum() < 0 || r.compareTo(ONE) > 0) {
      throw new BusinessRuleException(
          "tasa-invalida", field, "La tasa debe estar entre 0 y 1 (p. ej. 0.20 = 20 %)");
    }
  }

  private static void positive(BigDecimal v, String field) {
    if (v == null || v.signum() <= 0) {
      throw new BusinessRuleException("valor-invalido", field, "El valor debe ser mayor que cero");
    }
  }
}
