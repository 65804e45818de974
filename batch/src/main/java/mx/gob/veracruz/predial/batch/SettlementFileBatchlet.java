package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import mx.gob.veracruz.predial.FileRegistration;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/**
 * Registers the files to reconcile (the job's {@code files}, or every file in the landing folder).
 */
@Named("SettlementFileBatchlet")
@Dependent
public class SettlementFileBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(SettlementFileBatchlet.class.getName());

  @Inject private ReconciliationBatchFacade reconciliation;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Inject
  @BatchProperty(name = "files")
  private String files;

  @Override
  public String process() throws IOException {
    LocalDate date = LocalDate.parse(businessDate);
    int accepted = 0;
    int rejected = 0;
    for (Path file : files()) {
      FileRegistration r = reconciliation.register(file.toString(), date, job.getInstanceId());
      if (r.id() != null && "VALIDADO".equals(r.status())) {
        accepted++;
      } else {
        rejected++;
        LOG.warning(() -> "Archivo rechazado " + file.getFileName() + ": " + r.rejectReason());
        move(
            file,
            LandingFolders.rejected(
                reconciliation.landingFolder())); // refused files leave the landing folder
      }
    }
    String status = "ACEPTADOS=" + accepted + " RECHAZADOS=" + rejected;
    job.setExitStatus(status);
    job.setTransientUserData(status);
    return status;
  }

  private List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    if (files != null && !files.isBlank()) {
      // Plain names of the landing folder only (the job's definition checked them; checked again
      // here,
      // since a restart replays the stored parameters): a path never reaches the file reader.
      Path landing = LandingFolders.landing(reconciliation.landingFolder());
      for (String f : files.split(",")) {
        Path file = landing.resolve(f.trim()).normalize();
        if (!file.getParent().equals(landing.normalize()) || f.contains("/") || f.contains("\\")) {
          throw new IOException("Archivo fuera de la carpeta de entrada: " + f.trim());
        }
        out.add(file);
      }
      return out;
    }
    Path landing = LandingFolders.landing(reconciliation.landingFolder());
    try (Stream<Path> s = Files.list(landing)) {
      s.filter(Files::isRegularFile).sorted().forEach(out::add);
    }
    return out;
  }

  static void move(Path file, Path dir) throws IOException {
    if (Files.exists(file)) {
      Files.createDirectories(dir);
      Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
