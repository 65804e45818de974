package mx.gob.veracruz.predial.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.gob.veracruz.predial.BankLine;
import mx.gob.veracruz.predial.FileRegistration;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/**
 * Streams the accepted files line by line (constant memory). Checkpoint: file index and physical
 * line number, so a restart reopens the file and skips what the committed chunks already stored.
 */
@Named("SettlementLineReader")
@Dependent
public class SettlementLineReader extends AbstractItemReader {
  /** Position: which accepted file, and the last line handed out in it. */
  record Position(int file, int line) implements Serializable {}

  @Inject private ReconciliationBatchFacade reconciliation;
  @Inject private JobContext job;

  private List<FileRegistration> files;
  private int fileIndex;
  private int lineNo;
  private BufferedReader reader;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    files = reconciliation.accepted(job.getInstanceId());
    Position p = checkpoint == null ? new Position(0, 0) : (Position) checkpoint;
    fileIndex = p.file();
    openFile(p.line());
  }

  @Override
  public Object readItem() throws IOException {
    while (reader != null) {
      String line = reader.readLine();
      if (line == null) {
        reader.close();
        fileIndex++;
        openFile(0);
        continue;
      }
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      // parsed by the facade with the file's layout (headers and trailers are skipped there)
      return new BankLine(
          files.get(fileIndex).id(), lineNo, line, null, null, null, null, null, null);
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return new Position(fileIndex, lineNo);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }

  private void openFile(int skipTo) throws IOException {
    reader = null;
    lineNo = 0;
    if (fileIndex >= files.size()) {
      return;
    }
    FileRegistration f = files.get(fileIndex);
    Path path = locate(f.fileName());
    reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), 1 << 16);
    while (lineNo < skipTo && reader.readLine() != null) {
      lineNo++;
    }
  }

  /** Every file the job reads sits in the landing folder, by its plain name. */
  private Path locate(String name) throws IOException {
    return LandingFolders.landing(reconciliation.landingFolder())
        .resolve(Path.of(name).getFileName().toString());
  }
}
