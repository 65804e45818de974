package mx.gob.veracruz.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;
import java.io.Serializable;
import java.nio.file.Paths;

/** Package and boundary rules of STYLE.md sections 1, 2, 5, 6 and 7 for the web module. */
@AnalyzeClasses(
    packages = "mx.gob.veracruz",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ThisModuleOnly.class})
class ArchitectureTest {

  @ArchTest
  static final ArchRule classes_reside_in_web_or_api_packages =
      classes()
          .should()
          .resideInAnyPackage("mx.gob.veracruz.*.web..", "mx.gob.veracruz.*.api..")
          .because(
              "web code lives in <d>.web (views) and <d>.api (REST), so no package exists in two"
                  + " modules (STYLE.md 2)");

  @ArchTest
  static final ArchRule web_uses_facades_only =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("mx.gob.veracruz..internal..", "mx.gob.veracruz..model..")
          .because(
              "beans and resources inject facades and exchange records; entities and .internal"
                  + " beans never cross the facade (STYLE.md 2 and 5)");

  @ArchTest
  static final ArchRule web_never_calls_batch_only_facades =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("BatchFacade")
          .because(
              "*BatchFacade methods are @PermitAll for the batch runtime, which has no caller: only"
                  + " the batch module may reach them, never a page or an API resource");

  @ArchTest
  static final ArchRule web_uses_no_jpa =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..")
          .because(
              "beans inject facades, nothing from JPA: lazy loading, locking and transactions"
                  + " stay behind the facade (STYLE.md 5 and 6)");

  @ArchTest
  static final ArchRule resources_reside_in_api_and_are_named_resource =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .should()
          .resideInAPackage("mx.gob.veracruz.*.api")
          .andShould()
          .haveSimpleNameEndingWith("Resource")
          .because("JAX-RS resources are <Noun>Resource classes in <d>.api (STYLE.md 2 and 7)");

  @ArchTest
  static final ArchRule view_beans_reside_in_web_and_are_named_view =
      classes()
          .that()
          .areAnnotatedWith(Named.class)
          .and()
          .areAnnotatedWith(ViewScoped.class)
          .should()
          .resideInAPackage("mx.gob.veracruz.*.web")
          .andShould()
          .haveSimpleNameEndingWith("View")
          .because(
              "each page has one @Named @ViewScoped bean named after it (payment-list.xhtml ↔"
                  + " PaymentListView) in <d>.web (STYLE.md 2 and 6)");

  @ArchTest
  static final ArchRule view_scoped_beans_are_serializable =
      classes()
          .that()
          .areAnnotatedWith(ViewScoped.class)
          .should()
          .beAssignableTo(Serializable.class)
          .because(
              "view state is passivated and replicated with the session, so the consoles run on"
                  + " a cluster");

  @ArchTest
  static final ArchRule no_session_scoped_beans =
      noClasses()
          .should()
          .beAnnotatedWith(SessionScoped.class)
          .because(
              "state lives in the view or the database, never in session-scoped page beans"
                  + " (STYLE.md 12, Avoid)");

  /**
   * Imports only this module's own production classes (target/classes next to this test's
   * target/test-classes), so the ejb module on the classpath, as jar or as reactor directory, never
   * counts.
   */
  public static final class ThisModuleOnly implements ImportOption {
    private static final java.nio.file.Path PRODUCTION_CLASSES = productionClasses();

    @Override
    public boolean includes(Location location) {
      return !location.isJar()
          && "file".equals(location.asURI().getScheme())
          && Paths.get(location.asURI())
              .toAbsolutePath()
              .normalize()
              .startsWith(PRODUCTION_CLASSES);
    }

    private static java.nio.file.Path productionClasses() {
      try {
        java.nio.file.Path testClasses =
            Paths.get(
                ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.resolveSibling("classes").toAbsolutePath().normalize();
      } catch (Exception e) {
        throw new IllegalStateException("cannot locate this module's production classes", e);
      }
    }
  }
}
