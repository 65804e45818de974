package mx.gob.veracruz.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Package and boundary rules of STYLE.md sections 1, 2 and 5 for the ejb module. */
@AnalyzeClasses(
    packages = "mx.gob.veracruz",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ThisModuleOnly.class})
class ArchitectureTest {

  private static final Pattern DOMAIN = Pattern.compile("mx\\.gob\\.veracruz\\.([^.]+)(\\..*)?");
  private static final Pattern DOMAIN_PRIVATE =
      Pattern.compile("mx\\.gob\\.veracruz\\.([^.]+)\\.(model|internal)(\\..*)?");
  private static final Pattern MODEL_PACKAGE =
      Pattern.compile("mx\\.gob\\.veracruz\\.[^.]+\\.model(\\..*)?");
  private static final String MODEL = "mx.gob.veracruz..model..";
  private static final Set<String> FLOATING_POINT =
      Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  @ArchTest
  static final ArchRule role_restricted_facades_have_no_open_methods =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(RolesAllowed.class)
          .should()
          .notBeAnnotatedWith(PermitAll.class)
          .because(
              "a @PermitAll method in a role-restricted facade is a hole any page or API resource can"
                  + " call; calls without a caller (batch steps, schedulers) go to a *BatchFacade, which"
                  + " the web module may not reach (web ArchitectureTest)");

  @ArchTest
  static final ArchRule classes_sit_in_a_domain_root_model_or_internal_package =
      classes()
          .should()
          .resideInAnyPackage(
              "mx.gob.veracruz.*", "mx.gob.veracruz.*.model..", "mx.gob.veracruz.*.internal..")
          .because(
              "ejb holds <d> (facades, records), <d>.model and <d>.internal only; .web, .api and"
                  + " .batch belong to other modules, so no package exists in two modules"
                  + " (STYLE.md 2)");

  @ArchTest
  static final ArchRule model_and_internal_are_reached_only_from_their_own_domain =
      classes()
          .should(onlyUseModelAndInternalOfTheirOwnDomain())
          .because(
              "a domain reaches another only through its facade, never its .model or .internal"
                  + " (STYLE.md 2); the one exception is common.internal.DemoData, which orders"
                  + " the demo loaders (colonias before citizens, all before the predial demo)"
                  + " and so starts each domain's own Demo* loader in its .internal; the loaders"
                  + " build their domain's entities themselves");

  @ArchTest
  static final ArchRule only_repositories_touch_the_entity_manager =
      noClasses()
          .that()
          .haveSimpleNameNotEndingWith("Repository")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManagerFactory.class)
          .because(
              "queries live in one place per domain, an intent-named method of a *Repository in"
                  + " <d>.internal with its JPQL as a named query on the entity, so facades stay"
                  + " load-delegate-store and a query's locks and joins are reviewed where they"
                  + " are written (STYLE.md 4 and 12, MODULE-TEMPLATE)");

  @ArchTest
  static final ArchRule entities_reside_in_model_packages =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .resideInAPackage("mx.gob.veracruz.*.model..")
          .because("entities live only in <d>.model (STYLE.md 2 and 4)");

  @ArchTest
  static final ArchRule facades_declare_their_security =
      classes()
          .that()
          .areAnnotatedWith(Stateless.class)
          .and()
          .resideInAPackage("mx.gob.veracruz.*")
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(PermitAll.class)
          .because(
              "the facade is the security boundary: every facade states at class level who may"
                  + " call it, @RolesAllowed or an explicit @PermitAll (STYLE.md 5)");

  @ArchTest
  static final ArchRule facades_return_no_model_types =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Facade")
          .should(notReturnModelTypes())
          .because(
              "entities never cross the facade: records out, so lazy loading, locking and JSON"
                  + " shape stay out of views and the API (STYLE.md 5)");

  @ArchTest
  static final ArchRule facades_take_no_model_types =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Facade")
          .should(notTakeModelTypes())
          .because(
              "entities never cross the facade: records in, such as RegisterPaymentCommand,"
                  + " never entities or value objects of .model (STYLE.md 5)");

  @ArchTest
  static final ArchRule ejb_knows_no_presentation_layer =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
          .because(
              "ejb needs only the Jakarta EE API for business code; Faces, PrimeFaces and JAX-RS"
                  + " live in web, which depends on ejb and never the other way (STYLE.md 1)");

  @ArchTest
  static final ArchRule model_has_no_floating_point_fields =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(MODEL)
          .should(notBeFloatingPoint())
          .because(
              "money is BigDecimal (scale 2) and time is java.time, never double (STYLE.md 4)");

  private static ArchCondition<JavaClass> onlyUseModelAndInternalOfTheirOwnDomain() {
    return new ArchCondition<>("only use .model and .internal of their own domain") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String originDomain = domainOf(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Matcher m = DOMAIN_PRIVATE.matcher(target.getPackageName());
          if (m.matches()
              && !m.group(1).equals(originDomain)
              && !isDemoOrchestration(origin, target, m.group(2))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /**
   * common.internal.DemoData may start another domain's Demo* loader (its .internal, never its
   * .model): the loader, not common, builds that domain's entities.
   */
  private static boolean isDemoOrchestration(
      JavaClass origin, JavaClass target, String targetRole) {
    return "internal".equals(targetRole)
        && topLevelName(origin).equals("mx.gob.veracruz.common.internal.DemoData")
        && topLevelName(target).substring(target.getPackageName().length() + 1).startsWith("Demo");
  }

  private static String topLevelName(JavaClass c) {
    return c.getName().split("\\$")[0];
  }

  private static String domainOf(String packageName) {
    Matcher m = DOMAIN.matcher(packageName);
    return m.matches() ? m.group(1) : null;
  }

  private static ArchCondition<JavaMethod> notReturnModelTypes() {
    return new ArchCondition<>("not return types of ..model.. (raw type or type argument)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        reportModelTypes(method, "returns", method.getReturnType(), events);
      }
    };
  }

  private static ArchCondition<JavaMethod> notTakeModelTypes() {
    return new ArchCondition<>(
        "not take parameters of ..model.. types (raw type or type argument)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        for (JavaType parameter : method.getParameterTypes()) {
          reportModelTypes(method, "takes", parameter, events);
        }
      }
    };
  }

  private static void reportModelTypes(
      JavaMethod method, String verb, JavaType type, ConditionEvents events) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (MODEL_PACKAGE.matcher(raw.getBaseComponentType().getPackageName()).matches()) {
        events.add(
            SimpleConditionEvent.violated(
                method,
                String.format(
                    "%s %s %s, a type of a .model package",
                    method.getFullName(), verb, raw.getName())));
      }
    }
  }

  private static ArchCondition<JavaField> notBeFloatingPoint() {
    return new ArchCondition<>("not be double, float, Double or Float") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        for (JavaClass raw : field.getType().getAllInvolvedRawTypes()) {
          if (FLOATING_POINT.contains(raw.getBaseComponentType().getName())) {
            events.add(
                SimpleConditionEvent.violated(
                    field, field.getFullName() + " has floating-point type " + raw.getName()));
          }
        }
      }
    };
  }

  /**
   * Imports only this module's own production classes (target/classes next to this test's
   * target/test-classes), so sibling modules on the classpath, as jar or as reactor directory,
   * never count.
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
