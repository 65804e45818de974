package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.veracruz.predial.AssessmentRunResult;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.ValorConstruccion;
import mx.gob.veracruz.predial.model.ZonaValor;

/**
 * The yearly assessment of a chunk of predios: valor catastral and annual tax from the year's
 * tables, upserted by (predio, year) so a restarted chunk rewrites the same rows. A year that
 * already received a payment keeps its tax (a paid receipt is never changed afterwards).
 */
@ApplicationScoped
public class AssessmentService {
  @Inject private PredialRepository repo;
  @Inject private RuleTables rules;

  public AssessmentRunResult assess(List<Long> predioIds, int year, Long jobExecutionId) {
    if (predioIds.isEmpty()) {
      return new AssessmentRunResult(0, 0, 0);
    }
    List<ZonaValor> zones = rules.zones(year);
    List<ValorConstruccion> values = rules.constructionValues(year);
    List<Predio> predios = repo.prediosIn(predioIds);
    Map<Long, Anualidad> existing =
        repo.yearsOf(predioIds, year).stream()
            .collect(Collectors.toMap(Anualidad::getPredioId, Function.identity()));
    int assessed = 0;
    int unchanged = 0;
    int paid = 0;
    Instant now = Instant.now();
    for (Predio p : predios) {
      Assessment a =
          AssessmentCalculator.assess(
              p.getSuperficieTerreno(),
              p.getSuperficieConstruida(),
              rules.assessmentRules(p, year, zones, values));
      Anualidad row = existing.get(p.getId());
      if (row != null
          && (row.getCreditedTax().signum() > 0 || row.getCreditedSurcharge().signum() > 0)) {
        paid++;
        continue;
      }
      if (row != null
          && row.getAnnualTax().compareTo(a.annualTax()) == 0
          && row.getValorCatastral().compareTo(a.valorCatastral()) == 0) {
        unchanged++;
        continue;
      }
      if (row == null) {
        row = new Anualidad();
        row.setPredioId(p.getId());
        row.setFiscalYear(year);
        row.setCreditedTax(java.math.BigDecimal.ZERO.setScale(2));
        row.setCreditedSurcharge(row.getCreditedTax());
        repo.persist(row);
      }
      row.setLandValue(a.landValue());
      row.setConstructionValue(a.constructionValue());
      row.setValorCatastral(a.valorCatastral());
      row.setAnnualTax(a.annualTax());
      row.setExplanation(
          a.explanation().length() > 500 ? a.explanation().substring(0, 500) : a.explanation());
      row.setAssessedByJob(jobExecutionId);
      row.setAssessedAt(now);
      assessed++;
    }
    return new AssessmentRunResult(assessed, unchanged, paid);
  }
}
