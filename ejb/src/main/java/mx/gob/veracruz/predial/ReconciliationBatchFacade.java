package mx.gob.veracruz.predial;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.predial.internal.PredialRepository;
import mx.gob.veracruz.predial.internal.Reconciler;
import mx.gob.veracruz.predial.internal.SettlementFiles;
import mx.gob.veracruz.predial.internal.SettlementLineLoader;
import mx.gob.veracruz.predial.internal.UnreportedPayments;
import mx.gob.veracruz.predial.model.Archivo;
import mx.gob.veracruz.predial.model.ArchivoStatus;

/**
 * The reconciliation job's steps, called by its batch artifacts inside their chunk transactions.
 * {@code @PermitAll} because the batch runtime has no caller (the job is started only through
 * JobControl, by the roles its definition names); only the batch module may depend on this class
 * (ArchUnit in web), so no page or API resource can reach it.
 */
@Stateless
@PermitAll
public class ReconciliationBatchFacade {
  @Inject private SettlementFiles files;
  @Inject private SettlementLineLoader loader;
  @Inject private Reconciler reconciler;
  @Inject private UnreportedPayments unreported;
  @Inject private PredialRepository repo;
  @Inject private mx.gob.veracruz.predial.internal.ReconciliationRepository reconciliations;
  @Inject private mx.gob.veracruz.predial.internal.PredialSettings settings;

  /**
   * When the nightly run starts, {@code HH:mm} Veracruz time ({@code
   * ciudad.predial.conciliacion.hora}).
   */
  public String nightlyTime() {
    return settings.nightlyReconciliationTime();
  }

  /**
   * The landing folder ({@code ciudad.predial.landing}, default {@code <domain>/predial/entrada}).
   */
  public String landingFolder() {
    return settings.landingFolder();
  }

  public FileRegistration register(String path, LocalDate reconciliationDate, long jobInstanceId) {
    try {
      return files.register(Path.of(path), reconciliationDate, jobInstanceId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files of a job instance accepted for loading, in order. */
  public List<FileRegistration> accepted(long jobInstanceId) {
    return repo.list(Archivo.class, "Archivo.byJob", "job", jobInstanceId).stream()
        .filter(
            a ->
                a.getStatus() == ArchivoStatus.VALIDADO
                    || a.getStatus() == ArchivoStatus.CONCILIADO)
        .map(SettlementFiles::view)
        .toList();
  }

  public void insertLines(List<BankLine> lines) {
    loader.insert(lines);
  }

  public List<Long> pendingLines(long jobInstanceId, long afterId, int limit) {
    return reconciler.pending(jobInstanceId, afterId, limit);
  }

  public Map<String, Long> match(List<Long> lineIds) {
    return reconciler.match(lineIds);
  }

  /** Closes the job instance's files: outcome totals per file; a file balances when they add up. */
  public List<ReconciliationSummary> finish(long jobInstanceId) {
    List<ReconciliationSummary> out = new java.util.ArrayList<>();
    for (Archivo a : repo.list(Archivo.class, "Archivo.byJob", "job", jobInstanceId)) {
      if (a.getStatus() == ArchivoStatus.VALIDADO || a.getStatus() == ArchivoStatus.CONCILIADO) {
        unreported.flagUnreported(a);
      }
      ReconciliationSummary s = ReconciliationFacade.summary(a, reconciliations);
      if (a.getStatus() == ArchivoStatus.VALIDADO) {
        a.setStatus(ArchivoStatus.CONCILIADO);
        a.setFinishedAt(java.time.Instant.now());
      }
      out.add(s);
    }
    return out;
  }

  /** How many payments the job instance's files flagged (the exit status reports them). */
  public long alertCount(long jobInstanceId) {
    return reconciliations.alertCount(jobInstanceId);
  }
}
