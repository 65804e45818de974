package mx.gob.veracruz.predial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.internal.PredialRepository;
import mx.gob.veracruz.predial.internal.SettlementFiles;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.LineOutcome;

/**
 * The nightly reconciliation as the console and the API see it: results, lines, exceptions and
 * their two-person resolution, report, upload. The job's own steps go through {@link
 * ReconciliationBatchFacade}, which only the batch module may call (ArchUnit).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
public class ReconciliationFacade {
  @Inject private SettlementFiles files;
  @Inject private PredialRepository repo;
  @Inject private mx.gob.veracruz.predial.internal.ReconciliationRepository reconciliations;
  @Inject private mx.gob.veracruz.predial.internal.PredialSettings settings;
  @Inject private mx.gob.veracruz.predial.internal.ReconciliationExceptions exceptions;
  @Inject private mx.gob.veracruz.predial.internal.MatchSuggestions suggester;
  @Inject private mx.gob.veracruz.predial.internal.ExceptionResolutions resolutions;
  @Inject private mx.gob.veracruz.predial.internal.ReconciliationReport reports;
  @Inject private mx.gob.veracruz.predial.internal.LandingFolder landing;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;

  public List<ReconciliationSummary> byDate(LocalDate date) {
    return repo.list(Archivo.class, "Archivo.byDate", "date", date).stream()
        .map(a -> summary(a, reconciliations))
        .toList();
  }

  /**
   * A file's totals per outcome; it balances when count and amount match its trailer and nothing is
   * pending.
   */
  static ReconciliationSummary summary(
      Archivo a, mx.gob.veracruz.predial.internal.ReconciliationRepository reconciliations) {
    Map<String, Long> counts = new TreeMap<>();
    Map<String, BigDecimal> amounts = new TreeMap<>();
    List<Object[]> rows = reconciliations.totalsByOutcome(a.getId());
    long lines = 0;
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (Object[] r : rows) {
      String outcome = LineOutcome.code((LineOutcome) r[0]); // NULL (not yet matched) is PENDIENTE
      counts.put(outcome, (Long) r[1]);
      BigDecimal amount = new BigDecimal(r[2].toString()).setScale(2);
      amounts.put(outcome, amount);
      lines += (Long) r[1];
      total = total.add(amount);
    }
    boolean balanced =
        lines == a.getDeclaredCount()
            && total.compareTo(a.getDeclaredTotal()) == 0
            && !counts.containsKey(LineOutcome.PENDING);
    return new ReconciliationSummary(
        a.getId(),
        a.getFileName(),
        a.getBank(),
        a.getStatus().name(),
        lines,
        total,
        counts,
        amounts,
        balanced);
  }

  /**
   * Lines of a file (or of a date's files when archivoId is null), optionally of one outcome,
   * paged.
   */
  public List<ReconciliationLine> lines(
      LocalDate date, Long archivoId, String outcome, int first, int size) {
    return exceptions.lines(date, archivoId, outcome, false, first, size);
  }

  /** Every line of a file (or of a date's files), page by page to {@code sink}. */
  @mx.gob.veracruz.common.Audited(action = "conciliacion.exportar", entity = "Archivo", read = true)
  public long exportLines(
      LocalDate date, Long archivoId, java.util.function.Consumer<List<ReconciliationLine>> sink) {
    return mx.gob.veracruz.common.Pages.forEach(
        new mx.gob.veracruz.common.PageRequest(0, 1, null, true),
        page -> exceptions.lines(date, archivoId, null, false, page.first(), page.size()),
        sink);
  }

  /** The open exceptions queue, whole, page by page to {@code sink}. */
  @mx.gob.veracruz.common.Audited(action = "conciliacion.exportar", entity = "Archivo", read = true)
  public long exportOpenExceptions(
      LocalDate date, java.util.function.Consumer<List<ReconciliationLine>> sink) {
    return mx.gob.veracruz.common.Pages.forEach(
        new mx.gob.veracruz.common.PageRequest(0, 1, null, true),
        page -> exceptions.lines(date, null, null, true, page.first(), page.size()),
        sink);
  }

  public long countLines(LocalDate date, Long archivoId, String outcome) {
    return exceptions.count(date, archivoId, outcome, false);
  }

  /** The exceptions queue: lines that were not applied cleanly and are not resolved yet. */
  public List<ReconciliationLine> openExceptions(LocalDate date, int first, int size) {
    return exceptions.lines(date, null, null, true, first, size);
  }

  public long countOpenExceptions(LocalDate date) {
    return exceptions.count(date, null, null, true);
  }

  /**
   * Slips an exception line may have meant (same amount and date, similar reference), best first.
   */
  public List<MatchSuggestion> suggestions(Long lineId) {
    return suggester.suggestions(lineId);
  }

  /** Lines read and lines with an outcome for a job instance (progress bar). */
  public long[] progress(long jobInstanceId) {
    return exceptions.progress(jobInstanceId);
  }

  /**
   * Asks to resolve an exception: APLICAR (to {@code predioId}, for the line's amount), DEVOLVER
   * (refund to the payer) or DESCARTAR; nothing happens until another person approves.
   */
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS})
  @mx.gob.veracruz.common.Audited(
      action = "predial.conciliacion.solicitar",
      entity = "ArchivoLinea")
  public ReconciliationLine requestResolution(
      Long lineId, String action, Long predioId, String note) {
    return resolutions.request(lineId, action, predioId, note, ctx.getCallerPrincipal().getName());
  }

  @RolesAllowed({Roles.SUPERVISOR})
  @mx.gob.veracruz.common.Audited(action = "predial.conciliacion.aprobar", entity = "ArchivoLinea")
  public ReconciliationLine approveResolution(Long lineId, boolean approve) {
    return resolutions.decide(lineId, approve, ctx.getCallerPrincipal().getName());
  }

  /**
   * Payments flagged by the reconciliations of a date (webhook payments missing from the gateway's
   * report).
   */
  public List<ReconciliationAlert> alerts(LocalDate date) {
    return reconciliations.alerts(date);
  }

  /** Totals per bank and outcome for a date (the treasury's check against bank statements). */
  public List<ReconciliationReportRow> report(LocalDate date) {
    return reports.report(date);
  }

  public byte[] reportPdf(LocalDate date) {
    return reports.reportPdf(date);
  }

  /** Saves an uploaded settlement file in the landing folder (name sanitised; never overwrites). */
  @RolesAllowed({Roles.ADMIN, Roles.FINANZAS})
  @mx.gob.veracruz.common.Audited(action = "predial.conciliacion.cargar", entity = "Archivo")
  public String upload(String fileName, byte[] content) {
    return landing.upload(settings.landingFolder(), fileName, content);
  }

  /** Files waiting in the landing folder. */
  public List<String> landed() {
    return landing.landed(settings.landingFolder());
  }
}
