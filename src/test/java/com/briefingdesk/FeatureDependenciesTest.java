package com.briefingdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The features depend on one another one way only: a feature (a top-level package, its sub-packages included) never
 * needs, however indirectly, one that needs it. A cycle would tie them so that neither could be read, tested or
 * changed without the other.
 */
class FeatureDependenciesTest {

    private final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.briefingdesk");

    @Test
    void featuresDependOnOneAnotherOneWayOnly() {
        slices().matching("com.briefingdesk.(*)..").namingSlices("$1").should().beFreeOfCycles()
                .check(application);
    }

    /** The shared kernel serves every feature, so it needs none: a feature it needed would be needed by all. */
    @Test
    void theKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.briefingdesk.kernel..")
                .should().dependOnClassesThat(resideInAPackage("com.briefingdesk..")
                        .and(resideOutsideOfPackage("com.briefingdesk.kernel..")))
                .check(application);
    }
}
