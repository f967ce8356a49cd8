package org.chancery.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries that docs/architecture.md ("Modules") describes, checked on the compiled
 * classes of the application: a plain test, no Spring context, about a second.
 */
class ArchitectureTests {

    /** The packages under org.chancery that hold a feature's records and their rules. */
    private static final String[] DOMAIN = {
        "org.chancery.state..", "org.chancery.topic..", "org.chancery.source..",
        "org.chancery.institution..", "org.chancery.person..", "org.chancery.agreement..",
        "org.chancery.event..", "org.chancery.economy..", "org.chancery.audit..",
        "org.chancery.relations..", "org.chancery.search..", "org.chancery.common.."
    };

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chancery");
    }

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching("org.chancery.(*)..").should().beFreeOfCycles().check(application);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.chancery.common..")
                .should().dependOnClassesThat(
                        resideInAFeature())
                .check(application);
    }

    @Test
    void theDomainKnowsNoTransport() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .and().resideOutsideOfPackages("..web..", "..api..", "org.chancery.common.boundary..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..web..", "..api..", "io.swagger..", "org.springframework.web..",
                        "jakarta.servlet..", "org.chancery.common.boundary..")
                .check(application);
    }

    @Test
    void aFeatureReadsAnotherFeatureThroughItsServiceOrQueriesNeverItsRepository() {
        classes().that().resideInAPackage("org.chancery..")
                .should(new ArchCondition<JavaClass>("use only the repositories of their own feature") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (target.getPackageName().startsWith("org.chancery.") && isRepository(target)
                                    && !feature(target).equals(feature(origin))) {
                                events.add(violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(application);
    }

    /** A Spring Data repository: an interface extending one of Spring Data's (library classes are not imported). */
    private static boolean isRepository(JavaClass type) {
        return type.isInterface() && type.getAllRawInterfaces().stream()
                .anyMatch(parent -> parent.getPackageName().startsWith("org.springframework.data."));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideInAFeature() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("reside in a feature",
                target -> target.getPackageName().startsWith("org.chancery.")
                        && !feature(target).equals("common"));
    }

    /** The first package under org.chancery: state, event, common … */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring("org.chancery.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
