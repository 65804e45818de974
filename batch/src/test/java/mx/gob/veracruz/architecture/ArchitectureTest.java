package mx.gob.veracruz.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Package and boundary rules of STYLE.md sections 1, 2 and 8 for the batch module. */
@AnalyzeClasses(
    packages = "mx.gob.veracruz",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ThisModuleOnly.class})
class ArchitectureTest {

  @ArchTest
  static final ArchRule classes_reside_in_batch_packages =
      classes()
          .should()
          .resideInAPackage("mx.gob.veracruz.*.batch")
          .because(
              "batch code lives in <d>.batch, so no package exists in two modules (STYLE.md 2)");

  @ArchTest
  static final ArchRule batch_uses_facades_only =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("mx.gob.veracruz..internal..", "mx.gob.veracruz..model..")
          .because(
              "batch artifacts call ejb facades, whose REQUIRED methods join the chunk"
                  + " transaction; entities and .internal beans stay behind the facade"
                  + " (STYLE.md 2, 5 and 8)");

  @ArchTest
  static final ArchRule batch_has_no_entity_manager =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager")
          .because("writers call ejb facades; no EntityManager in batch (STYLE.md 8)");

  /**
   * Imports only this module's own production classes (target/classes next to this test's
   * target/test-classes), so the ejb module on the classpath, as jar or as reactor directory, never
   * counts.
   */
  public static final class ThisModuleOnly implements ImportOption {
    private static final Path PRODUCTION_CLASSES = productionClasses();

    @Override
    public boolean includes(Location location) {
      return !location.isJar()
          && "file".equals(location.asURI().getScheme())
          && Paths.get(location.asURI())
              .toAbsolutePath()
              .normalize()
              .startsWith(PRODUCTION_CLASSES);
    }

    private static Path productionClasses() {
      try {
        Path testClasses =
            Paths.get(
                ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.resolveSibling("classes").toAbsolutePath().normalize();
      } catch (Exception e) {
        throw new IllegalStateException("cannot locate this module's production classes", e);
      }
    }
  }
}
