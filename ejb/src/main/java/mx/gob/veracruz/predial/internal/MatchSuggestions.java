package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.predial.MatchSuggestion;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.Referencia;
import org.apache.commons.text.similarity.LevenshteinDistance;

// Why its own bean: fuzzy look-ups (amount, date, edit distance) are a search, not a queue read.
/** Slips an exception line may have meant, for the person resolving it. */
@ApplicationScoped
public class MatchSuggestions {
  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;

  /**
   * Slips an exception line may have meant, best first: the slip of its own reference (expired,
   * superseded, paid), slips for the same amount valid around the payment date, and slips whose
   * reference differs by at most two digits. At most five.
   */
  public List<MatchSuggestion> suggestions(Long lineId) {
    ArchivoLinea l = reconciliations.line(lineId);
    if (l == null) {
      throw new BusinessRuleException("linea-no-encontrada", null, "No existe la línea " + lineId);
    }
    String ref = l.getReferencia() == null ? "" : l.getReferencia();
    java.util.Map<String, Referencia> found = new java.util.LinkedHashMap<>();
    repo.one(Referencia.class, "Referencia.byReferencia", "ref", ref)
        .ifPresent(r -> found.put(r.getReferencia(), r));
    if (l.getAmount() != null && l.getPaidAt() != null) {
      LocalDate paid = l.getPaidAt().atZone(CityClock.ZONE).toLocalDate();
      reconciliations
          .referencesForAmount(
              l.getAmount(),
              paid.minusDays(30),
              paid.plusDays(1).atStartOfDay(CityClock.ZONE).toInstant(),
              50)
          .forEach(r -> found.putIfAbsent(r.getReferencia(), r));
    }
    if (ref.length() >= 8) {
      reconciliations
          .referencesStartingWith(ref.substring(0, 6), 50)
          .forEach(r -> found.putIfAbsent(r.getReferencia(), r));
    }
    LevenshteinDistance lev = new LevenshteinDistance(6);
    List<MatchSuggestion> out = new java.util.ArrayList<>();
    for (Referencia r : found.values()) {
      int d = lev.apply(ref, r.getReferencia());
      int distance = d < 0 ? 99 : d;
      boolean sameAmount = l.getAmount() != null && l.getAmount().compareTo(r.getAmount()) == 0;
      if (distance > 2 && !sameAmount) {
        continue;
      }
      String reason =
          distance == 0
              ? "La referencia de la línea (" + r.getStatus().name().toLowerCase() + ")"
              : sameAmount && distance <= 2
                  ? "Mismo importe; referencia a " + distance + " dígito(s)"
                  : sameAmount
                      ? "Mismo importe, vigente cerca de la fecha de pago"
                      : "Referencia a " + distance + " dígito(s)";
      out.add(
          new MatchSuggestion(
              r.getPredioId(),
              repo.predio(r.getPredioId()).getClaveCatastral(),
              r.getReferencia(),
              r.getAmount(),
              r.getValidUntil(),
              r.getStatus(),
              distance,
              reason));
    }
    out.sort(
        java.util.Comparator.comparingInt(MatchSuggestion::distance)
            .thenComparing(m -> l.getAmount() == null || l.getAmount().compareTo(m.amount()) != 0));
    return out.size() > 5 ? List.copyOf(out.subList(0, 5)) : out;
  }
}
