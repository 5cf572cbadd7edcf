package org.hearth;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hearth.infrastructure.security.ContentSecurityPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of README "Code layout", checked on the compiled classes: a pure domain, an
 * application layer that knows no web and reaches infrastructure only for its repositories (every
 * other boundary — PDFs, archives, Markdown, content files — is a port the application declares and
 * infrastructure implements), no infrastructure that knows the web, a web layer that goes through
 * the application, and no cycles between business areas.
 */
class ArchitectureTest {

  /**
   * What the web layer may use of infrastructure directly: the response's script nonce, which the
   * security headers (written before any filter) and the pages' script tags must share.
   */
  private static final DescribedPredicate<JavaClass> NAMED_PORTS =
      belongToAnyOf(ContentSecurityPolicy.class);

  private static JavaClasses hearth;

  @BeforeAll
  static void importHearth() {
    hearth =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hearth");
  }

  @Test
  void theDomainKnowsNoOtherLayerAndNoContainer() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.hearth.application..",
            "org.hearth.infrastructure..",
            "org.hearth.web..",
            "jakarta.faces..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.servlet..",
            "jakarta.ws.rs..",
            "jakarta.ejb..",
            "org.primefaces..",
            "org.omnifaces..")
        .check(hearth);
  }

  @Test
  void theApplicationKnowsNoWeb() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hearth.web..", "jakarta.faces..", "org.primefaces..")
        .check(hearth);
  }

  @Test
  void theApplicationReachesInfrastructureOnlyForRepositories() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.application..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.hearth.infrastructure..")
                .and(not(resideInAPackage("org.hearth.infrastructure.persistence.."))))
        .because("PDFs, archives, Markdown and content files are ports the application declares")
        .check(hearth);
  }

  @Test
  void infrastructureKnowsNoWeb() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hearth.web..")
        .check(hearth);
  }

  @Test
  void theWebGoesThroughTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("org.hearth.web..")
        .should()
        .dependOnClassesThat(resideInAPackage("org.hearth.infrastructure..").and(not(NAMED_PORTS)))
        .because("pages use application services, and of infrastructure only its named ports")
        .check(hearth);
  }

  @Test
  void noCyclesBetweenBusinessAreas() {
    slices().matching("org.hearth.(*).(*)..").should().beFreeOfCycles().check(hearth);
  }
}
