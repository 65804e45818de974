package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.veracruz.common.BusinessRuleException;

// Why its own bean: file-system work on the folder, no database.
/** The landing folder settlement files wait in: uploads from the console, and its listing. */
@ApplicationScoped
public class LandingFolder {

  public String upload(String folder, String fileName, byte[] content) {
    String safe =
        Path.of(fileName == null ? "archivo.txt" : fileName)
            .getFileName()
            .toString()
            .replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      Path dir = Files.createDirectories(Path.of(folder));
      Path target = dir.resolve(safe);
      if (Files.exists(target)) {
        throw new BusinessRuleException(
            "archivo-existente", "file", "Ya hay un archivo con ese nombre en la bandeja");
      }
      Files.write(target, content);
      return safe;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> landed(String folder) {
    try {
      Path dir = Files.createDirectories(Path.of(folder));
      try (Stream<Path> s = Files.list(dir)) {
        return s.filter(Files::isRegularFile)
            .map(p -> p.getFileName().toString())
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
