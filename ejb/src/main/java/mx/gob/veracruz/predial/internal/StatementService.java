package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.Statement;
import mx.gob.veracruz.predial.StatementLine;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Beneficio;
import mx.gob.veracruz.predial.model.Predio;

/** The one statement engine: console, portal, API, cashier, slips and receipts all call this. */
@ApplicationScoped
public class StatementService {
  @Inject private PredialRepository repo;
  @Inject private RuleTables rules;

  /**
   * The date a statement is computed on: the caller's, or today in the city. Never the server's
   * default zone, which on a UTC server is already tomorrow from 18:00 and would drop February's
   * discount (or add a month of recargos) hours before the console does.
   */
  public static LocalDate statementDate(LocalDate asOf, CityClock clock) {
    return asOf == null ? clock.today() : asOf;
  }

  public Statement statement(Predio p, LocalDate asOf) {
    List<StatementRules.Condonation> campaigns = rules.campaigns();
    return statement(p, asOf, year -> rules.statementRules(year, campaigns));
  }

  public Statement statement(
      Predio p, LocalDate asOf, java.util.function.IntFunction<StatementRules> rulesByYear) {
    List<Anualidad> years = repo.list(Anualidad.class, "Anualidad.byPredio", "predioId", p.getId());
    boolean special =
        !repo.list(Beneficio.class, "Beneficio.activeByPredio", "predioId", p.getId()).isEmpty();
    return statement(p, years, special, asOf, rulesByYear);
  }

  /**
   * The same computation on data already read (the reconciliation reads a whole chunk's accounts at
   * once).
   */
  public static Statement statement(
      Predio p,
      List<Anualidad> years,
      boolean special,
      LocalDate asOf,
      java.util.function.IntFunction<StatementRules> rulesByYear) {
    return statement(
        p.getId(),
        p.getClaveCatastral(),
        firstOwner(p),
        address(p),
        years.stream()
            .map(
                a ->
                    new StatementCalculator.YearDebt(
                        a.getFiscalYear(),
                        a.getAnnualTax(),
                        a.getCreditedTax(),
                        a.getCreditedSurcharge()))
            .toList(),
        special,
        asOf,
        rulesByYear);
  }

  /**
   * The statement from plain values (the reconciliation's set-based match reads rows, not
   * entities). Years not yet due (a future fiscal year assessed early) are not owed on asOf.
   */
  static Statement statement(
      Long predioId,
      String clave,
      String ownerName,
      String address,
      List<StatementCalculator.YearDebt> years,
      boolean special,
      LocalDate asOf,
      java.util.function.IntFunction<StatementRules> rulesByYear) {
    List<StatementCalculator.YearDebt> debts =
        years.stream()
            .filter(d -> d.fiscalYear() <= asOf.getYear())
            .filter(d -> d.tax().compareTo(d.paidTax()) > 0)
            .toList();
    List<StatementLine> lines = StatementCalculator.statement(debts, asOf, special, rulesByYear);
    return new Statement(
        predioId,
        clave,
        ownerName,
        address,
        asOf,
        lines,
        StatementCalculator.total(lines),
        special);
  }

  static String firstOwner(Predio p) {
    return firstOwner(p.getPropietarios());
  }

  static String firstOwner(String owners) {
    if (owners == null || owners.isBlank()) {
      return "";
    }
    int bar = owners.indexOf(" | ");
    return bar < 0 ? owners : owners.substring(0, bar);
  }

  static String address(Predio p) {
    return address(p.getCalle(), p.getNumero());
  }

  static String address(String calle, String numero) {
    return ((calle == null ? "" : calle) + " " + (numero == null ? "" : numero)).trim();
  }
}
