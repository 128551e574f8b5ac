package dev.lift.sample;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency direction of the modules: sample-app → starter → autoconfigure → core. The starter
 * holds no classes, so the rules are about the other three.
 */
class ArchitectureTests {

    private static final String CORE = "dev.lift..";

    private static final String AUTOCONFIGURE = "dev.lift.autoconfigure..";

    private static final String SAMPLE = "dev.lift.sample..";

    private static final String TEST_SUPPORT = "dev.lift.test..";

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.lift");

    @Test
    void coreNeverImportsSpringBoot() {
        noClasses().that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackages(AUTOCONFIGURE, SAMPLE, TEST_SUPPORT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.boot..")
            .check(this.classes);
    }

    @Test
    void coreDependsOnNeitherTheAutoConfigurationNorTheSample() {
        noClasses().that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackages(AUTOCONFIGURE, SAMPLE, TEST_SUPPORT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(AUTOCONFIGURE, SAMPLE, TEST_SUPPORT)
            .check(this.classes);
    }

    @Test
    void theAutoConfigurationDoesNotDependOnTheSample() {
        noClasses().that()
            .resideInAPackage(AUTOCONFIGURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SAMPLE, TEST_SUPPORT)
            .check(this.classes);
    }

}
