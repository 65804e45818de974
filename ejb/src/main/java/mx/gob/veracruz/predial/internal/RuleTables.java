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

  /**
   * How long the statement rules read from the tables are reused (issue 14: read per request they
   * were 1 + one query per fiscal year of every statement). An edit on this instance clears them at
   * once ({@link #invalidate()}); another instance of a deployment group sees it within this time,
   * as it would a statement computed a moment before the edit.
   */
  static final long TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

  private record Cached(
      long readAt,
      List<StatementRules.Condonation> campaigns,
      java.util.concurrent.ConcurrentHashMap<Integer, StatementRules> byYear) {}

  private final java.util.concurrent.atomic.AtomicReference<Cached> cached =
      new java.util.concurrent.atomic.AtomicReference<>();

  public StatementRules statementRules(int year) {
    return statementRules(year, campaigns());
  }

  /** The condonation campaigns (immutable; reused for {@link #TTL_NANOS}). */
  public List<StatementRules.Condonation> campaigns() {
    return current().campaigns();
  }

  @jakarta.annotation.Resource
  private jakarta.transaction.TransactionSynchronizationRegistry transactions;

  /**
   * Forgets the cached rules: the tables are being edited. Again when the edit's transaction ends,
   * so a statement read meanwhile cannot keep the old rules cached.
   */
  public void invalidate() {
    cached.set(null);
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              cached.set(null);
            }
          });
    }
  }

  private Cached current() {
    Cached c = cached.get();
    long now = System.nanoTime();
    if (c == null || now - c.readAt() > TTL_NANOS) {
      c =
          new Cached(
              now,
              repo.list(Condonacion.class, "Condonacion.all").stream()
                  .map(
                      x ->
                          new StatementRules.Condonation(
                              x.getNombre(), x.getRate(), x.getValidFrom(), x.getValidTo()))
                  .toList(),
              new java.util.concurrent.ConcurrentHashMap<>());
      cached.set(c);
    }
    return c;
  }

  /**
   * A year's statement rules with these campaigns; from the cache when they are the cached ones (a
   * missing tariff is never cached: it stays an error until the table has it).
   */
  public StatementRules statementRules(int year, List<StatementRules.Condonation> campaigns) {
    Cached c = cached.get();
    if (c != null && c.campaigns() == campaigns) {
      StatementRules r = c.byYear().get(year);
      if (r == null) {
        r = read(year, campaigns);
        c.byYear().put(year, r);
      }
      return r;
    }
    return read(year, campaigns);
  }

  private StatementRules read(int year, List<StatementRules.Condonation> campaigns) {
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
