package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.predial.ReconciliationLine;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoLinea;
import mx.gob.veracruz.predial.model.ArchivoStatus;
import mx.gob.veracruz.predial.model.LineOutcome;

// Why this bean: the queue's reads and filters, apart from what a person does with a line.
/**
 * The finance office's reads of the reconciliation: lines and the exceptions queue, counts, a job's
 * progress, and the line view every reconciliation bean returns.
 */
@ApplicationScoped
public class ReconciliationExceptions {
  /**
   * Outcomes that need a person: money received but not (fully) applied, or a line not understood.
   */
  static final List<LineOutcome> EXCEPTIONS =
      java.util.Arrays.stream(LineOutcome.values()).filter(LineOutcome::isException).toList();

  @Inject private PredialRepository repo;
  @Inject private ReconciliationRepository reconciliations;

  public List<ReconciliationLine> lines(
      LocalDate date, Long archivoId, String outcome, boolean openOnly, int first, int size) {
    return reconciliations
        .linesWithFile(filter(date, archivoId, outcome, openOnly), first, Math.min(size, 500))
        .stream()
        .map(r -> view((ArchivoLinea) r[0], (Archivo) r[1]))
        .toList();
  }

  public long count(LocalDate date, Long archivoId, String outcome, boolean openOnly) {
    return reconciliations.countLines(filter(date, archivoId, outcome, openOnly));
  }

  private static ReconciliationRepository.LineFilter filter(
      LocalDate date, Long archivoId, String outcome, boolean openOnly) {
    LineOutcome value =
        outcome == null || LineOutcome.PENDING.equals(outcome) ? null : outcomeOf(outcome);
    return new ReconciliationRepository.LineFilter(
        date, archivoId, outcome, value, openOnly, EXCEPTIONS);
  }

  public long[] progress(long jobInstanceId) {
    Object[] r = reconciliations.lineProgress(jobInstanceId);
    long declared =
        repo.list(Archivo.class, "Archivo.byJob", "job", jobInstanceId).stream()
            .filter(a -> a.getStatus() != ArchivoStatus.RECHAZADO)
            .mapToLong(Archivo::getDeclaredCount)
            .sum();
    return new long[] {
      declared,
      r[0] == null ? 0 : ((Number) r[0]).longValue(),
      r[1] == null ? 0 : ((Number) r[1]).longValue()
    };
  }

  /**
   * A filter code of the console or API: an outcome's name ({@code PENDIENTE} is handled apart).
   */
  private static LineOutcome outcomeOf(String code) {
    try {
      return LineOutcome.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "resultado-invalido", "outcome", "Resultado de conciliación desconocido: " + code);
    }
  }

  static ReconciliationLine view(ArchivoLinea l, Archivo a) {
    return new ReconciliationLine(
        l.getId(),
        a.getId(),
        a.getFileName(),
        a.getBank(),
        l.getLineNo(),
        l.getReferencia(),
        l.getAmount(),
        l.getPaidAt(),
        l.getAuthorizationCode(),
        l.getOutcome() == null ? null : l.getOutcome().name(),
        l.getDetail(),
        l.getPredioId(),
        l.getResolution() == null ? null : l.getResolution().name(),
        l.getResolutionNote(),
        l.getRequestedBy(),
        l.getResolvedBy(),
        l.getResolvedAt(),
        l.getRawLine());
  }
}
