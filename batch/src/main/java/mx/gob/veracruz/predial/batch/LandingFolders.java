package mx.gob.veracruz.predial.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where settlement files land ({@code ciudad.predial.landing}, default {@code
 * <domain>/predial/entrada}) and where they go afterwards (archivo/, rechazados/ beside it). On a
 * cluster the folder is a shared mount; the reconciliation runs on one instance.
 */
final class LandingFolders {
  private LandingFolders() {}

  static Path landing(String configured) throws IOException {
    Path p = Path.of(configured);
    Files.createDirectories(p);
    return p;
  }

  static Path archive(String configured) throws IOException {
    return landing(configured).resolveSibling("archivo");
  }

  static Path rejected(String configured) throws IOException {
    return landing(configured).resolveSibling("rechazados");
  }
}
