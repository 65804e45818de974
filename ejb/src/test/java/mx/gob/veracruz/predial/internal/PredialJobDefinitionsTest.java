package mx.gob.veracruz.predial.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredialJobDefinitionsTest {
  @TempDir Path root;

  @Test
  void filesAreNamesOfTheLandingFolderOnly() throws Exception {
    Path landing = Files.createDirectories(root.resolve("predial/entrada"));
    Files.writeString(landing.resolve("bbva-2026-11-30.txt"), "H");
    Files.writeString(root.resolve("predial/secreto.txt"), "x");
    Files.createSymbolicLink(landing.resolve("enlace.txt"), root.resolve("predial/secreto.txt"));
    Files.createDirectories(landing.resolve("sub"));
    Files.writeString(landing.resolve("sub/b.txt"), "x");

    assertThat(PredialJobDefinitions.landed(landing, "bbva-2026-11-30.txt"))
        .containsExactly("bbva-2026-11-30.txt");
    assertThat(PredialJobDefinitions.landed(landing, " ")).isEmpty();
    for (String bad :
        List.of(
            "/etc/passwd",
            "../secreto.txt",
            "..",
            "sub/b.txt",
            "sub",
            "enlace.txt",
            "no-existe.txt",
            landing.resolve("bbva-2026-11-30.txt").toString(),
            "bbva-2026-11-30.txt,../secreto.txt",
            ".oculto")) {
      assertThatThrownBy(() -> PredialJobDefinitions.landed(landing, bad))
          .as(bad)
          .isInstanceOf(BusinessRuleException.class)
          .hasMessageContaining("carpeta de entrada");
    }
  }

  @Test
  void testHooksAreRefusedInProductionAndBoundedElsewhere() {
    Violations prod = new Violations();
    JobHooks.parse(Map.of("failAfterItems", "3"), true, prod);
    assertThatThrownBy(prod::throwIfAny)
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("producción");

    Violations dev = new Violations();
    assertThat(JobHooks.parse(Map.of("failAfterItems", "3", "pauseMillis", "100"), false, dev))
        .isEqualTo(new JobHooks(3, 100));
    dev.throwIfAny();
    Violations tooLong = new Violations();
    JobHooks.parse(Map.of("pauseMillis", "3600000"), false, tooLong);
    assertThatThrownBy(tooLong::throwIfAny).hasMessageContaining("pauseMillis");
    assertThat(JobHooks.parse(Map.of(), true, new Violations())).isEqualTo(JobHooks.NONE);
  }
}
