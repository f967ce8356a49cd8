package org.chancery.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.chancery.audit.AuditedRecords;
import org.chancery.common.CsvRecords;
import org.chancery.common.KnownRecords;
import org.chancery.common.Language;
import org.chancery.common.NotFoundException;
import org.chancery.common.api.CsvWriter;
import org.chancery.common.query.Listing;
import org.chancery.event.EventQueries;
import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineExport;
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

    /**
     * What every feature's pages and API build on, by package or class: the record pages and the
     * API's record base (audit), the citation fields of the forms and a citation as the API shows it (source).
     */
    private static final Set<String> SHARED_TRANSPORT = Set.of("org.chancery.audit.web", "org.chancery.audit.api",
            "org.chancery.source.web", "org.chancery.source.api.CitationResponse");

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

    @Test
    void aFeatureIsReadThroughItsQueriesInItsDomainPackage() {
        classes().that().haveSimpleNameEndingWith("Queries").or().implement(Listing.class)
                .should(new ArchCondition<JavaClass>("be a <Feature>Queries in a feature's domain package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean named = type.getSimpleName().endsWith("Queries");
                        String rest = type.getPackageName().substring("org.chancery.".length());
                        if (!named || rest.contains(".") || rest.equals("common")) {
                            events.add(violated(type, type.getName() + " is a read side outside a feature's domain package"
                                    + " or not named <Feature>Queries"));
                        }
                    }
                })
                .check(application);
    }

    @Test
    void theOldNamesOfReadSidesAreGone() {
        noClasses().that().resideInAPackage("org.chancery..").and().resideOutsideOfPackage("org.chancery.common..")
                .should().haveSimpleNameEndingWith("Catalogue")
                .orShould().haveSimpleNameEndingWith("Listing")
                .orShould().haveSimpleNameEndingWith("Ledger")
                .orShould().haveSimpleNameEndingWith("Profiles")
                .orShould().haveSimpleNameEndingWith("Directory")
                .orShould().haveSimpleNameEndingWith("Vocabulary")
                .check(application);
        // A reader parses a form into a command (web only); a …Records class is no feature's read side.
        noClasses().that().haveSimpleNameEndingWith("Reader").and().resideInAPackage("org.chancery..")
                .should().resideOutsideOfPackage("..web..")
                .check(application);
        classes().that().haveSimpleNameEndingWith("Records").and().resideInAPackage("org.chancery..")
                .should().haveNameMatching(Stream.of(CsvRecords.class, KnownRecords.class, AuditedRecords.class)
                        .map(type -> Pattern.quote(type.getName())).collect(Collectors.joining("|")))
                .check(application);
    }

    @Test
    void eventsAreReadOnlyThroughEventQueries() {
        // The timeline's statements and the export's stay behind EventQueries (the event feature's
        // other read classes are package-private, so the compiler keeps them there).
        noClasses().that().resideInAPackage("org.chancery..")
                .and().resideOutsideOfPackage("org.chancery.event.timeline")
                .and().doNotBelongToAnyOf(EventQueries.class)
                .should().dependOnClassesThat().belongToAnyOf(Timeline.class, TimelineExport.class)
                .because("pages, the API, exports and other features read events through EventQueries")
                .check(application);
    }

    @Test
    void pagesAndTheApiUseAnotherFeatureOnlyThroughItsDomainPackage() {
        classes().that().resideInAnyPackage("org.chancery..web..", "org.chancery..api..")
                .should(new ArchCondition<JavaClass>("use another feature only through its domain package"
                        + " (its Queries, Service, commands and records), or the shared record and citation pieces") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String targetPackage = target.getPackageName();
                            if (!targetPackage.startsWith("org.chancery.") || feature(target).equals(feature(origin))
                                    || feature(target).equals("common")) {
                                continue;
                            }
                            boolean domain = !targetPackage.substring("org.chancery.".length()).contains(".");
                            if (!domain && !SHARED_TRANSPORT.contains(targetPackage)
                                    && !SHARED_TRANSPORT.contains(target.getName())) {
                                events.add(violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(application);
    }

    @Test
    void pagesAndTheApiUseNoRepository() {
        noClasses().that().resideInAnyPackage("org.chancery..web..", "org.chancery..api..")
                .should(new ArchCondition<JavaClass>("use a repository") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            if (dependency.getTargetClass().getPackageName().startsWith("org.chancery.")
                                    && isRepository(dependency.getTargetClass())) {
                                events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(application);
    }

    @Test
    void everyNotFoundIsTheOneNotFoundThatPagesAndTheApiBothAnswer() {
        classes().that().haveSimpleNameEndingWith("NotFoundException").and().resideInAPackage("org.chancery..")
                .should().beAssignableTo(NotFoundException.class)
                .check(application);
    }

    @Test
    void onlyLanguagePicksBetweenEnglishAndRussian() {
        noClasses().that().doNotBelongToAnyOf(Language.class)
                .should().callMethod(Locale.class, "getLanguage")
                .check(application);
    }

    @Test
    void onlyTheCsvReaderAndWriterUseCommonsCsv() {
        noClasses().that().doNotBelongToAnyOf(CsvRecords.class, CsvWriter.class)
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
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
