package cn.partybuilding.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The layer rules every service holds: {@code rest → service → domain/repository}, nothing points
 * back up, no service reaches into another service's code, and no date is taken from the server's zone. Each service's
 * {@code ArchitectureTest} checks them against its own production classes.
 */
public final class ArchitectureRules {

    /** The base packages of the suite's deployable services and the gateway. */
    private static final List<String> SERVICE_PACKAGES = List.of("cn.partybuilding.branch", "cn.partybuilding.activity",
            "cn.partybuilding.volunteer", "cn.partybuilding.assessment", "cn.partybuilding.gateway");

    private static final String SHARED_BASE = "cn.partybuilding.common..";
    private static final String PERSISTENCE_PACKAGE = "cn.partybuilding.common.persistence";

    private ArchitectureRules() {
    }

    /** The production classes under {@code basePackage}, without tests. */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** The rules for the service whose code lives under {@code basePackage}, e.g. {@code cn.partybuilding.branch}. */
    private static List<ArchRule> forService(String basePackage) {
        String rest = basePackage + ".rest..";
        String service = basePackage + ".service..";
        String domain = basePackage + ".domain..";
        String repository = basePackage + ".repository..";
        String[] otherServices = SERVICE_PACKAGES.stream().filter(other -> !other.equals(basePackage))
                .map(other -> other + "..").toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAnyPackage(service, domain, repository)
                        .should().dependOnClassesThat().resideInAPackage(rest)
                        .because("HTTP types (resources, request and view records) belong to rest, which only calls inward"),
                noClasses().that().resideInAPackage(rest)
                        .should().dependOnClassesThat().resideInAPackage(repository)
                        .because("resources reach data through their service, which owns transactions and scope"),
                noClasses().that().resideInAnyPackage(domain, repository)
                        .should().dependOnClassesThat().resideInAPackage(service)
                        .because("services use the domain and repositories, never the other way round")
                        .allowEmptyShould(true), // the gateway keeps no data: it has neither
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherServices)
                        .because("a service reads another service only through its REST API"),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDateTime.class, "now")
                        .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(Year.class, "now")
                        .orShould().callMethod(YearMonth.class, "now")
                        .because("\"today\" is China's (ChinaTime, or the injected Clock): the server's zone is UTC in a container"),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().callMethod(Instant.class, "now")
                        .because("a stored time is StoredTime.now(), to the microsecond the columns keep: a write answers what later reads show"));
    }

    /** The shared modules (web and persistence, both under {@code cn.partybuilding.common}) know no service or tool of ours. */
    public static ArchRule sharedBaseKnowsOnlyItself() {
        return noClasses().that().resideInAPackage(SHARED_BASE)
                .should().dependOnClassesThat(resideInAPackage("cn.partybuilding..").and(resideOutsideOfPackage(SHARED_BASE)))
                .because("the shared base carries cross-cutting code only; domain code lives in the services");
    }

    /** Classes under {@code basePackage} need no database: no JPA, Hibernate, Panache, JTA, pool or JDBC. */
    public static ArchRule needNoDatabase(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..",
                        "org.hibernate..", "io.quarkus.hibernate..", "io.quarkus.panache..", "io.agroal..", "java.sql..",
                        PERSISTENCE_PACKAGE + "..", "cn.partybuilding.common.idempotency..", "cn.partybuilding.common.audit..")
                .because("it runs without a database (the gateway, and the shared web module it carries)");
    }

    /** One JUnit test per rule, for a service's {@code @TestFactory}. */
    public static Stream<DynamicTest> checksFor(String basePackage) {
        JavaClasses classes = productionClasses(basePackage);
        return forService(basePackage).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
