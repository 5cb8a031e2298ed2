package org.beloved.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Maven modules' boundaries of ARCHITECTURE.md, over main and test code alike: dependencies
 * point inward, core knows no channel technology and no infrastructure, the two adapters do not
 * know each other, and no two top-level packages depend on each other in a cycle. (Inside core,
 * Spring Modulith's {@link ModularityTest} checks the feature modules' APIs.)
 *
 * <p>It reads app's classpath (main code, test-support, sms-gateway's test jar, app's tests) and the
 * compiled tests of every other module, which the reactor has built before app.
 */
class ArchitectureTest {

    /** Core's packages; a new core package must be added here (the last rule fails until it is). */
    static final String[] CORE = {"org.beloved.shared..", "org.beloved.conversation..", "org.beloved.directory..",
        "org.beloved.toolkit..", "org.beloved.webinars..", "org.beloved.messaging..", "org.beloved.organizers..",
        "org.beloved.counties.."};
    /** Infrastructure beside core: the embedded-postgres module (app may use it, core never) and test-support. */
    static final String POSTGRES = "org.beloved.postgres..";
    static final String TESTING = "org.beloved.testing..";
    static final String BOT = "org.beloved.bot..";
    static final String SMS = "org.beloved.sms..";
    static final String APP = "org.beloved.app..";

    /** Where the other Maven modules' compiled tests are, relative to app (the tests run in app/). */
    static final Path[] MODULE_TESTS = {Path.of("../core/target/test-classes"), Path.of("../bot/target/test-classes"),
        Path.of("../sms-gateway/target/test-classes"), Path.of("../embedded-postgres/target/test-classes")};

    private static final JavaClasses BELOVED = importAll();

    private static JavaClasses importAll() {
        return new ClassFileImporter().importPaths(Stream.concat(
                Stream.of(MODULE_TESTS).filter(Files::isDirectory), classpathEntries()).toArray(Path[]::new));
    }

    /** app's own classpath directories and jars of Beloved's modules, as paths, so that one import holds everything. */
    private static Stream<Path> classpathEntries() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("/org/beloved/") || e.contains("/target/"))
                .map(Path::of);
    }

    @Test
    void theRulesSeeEveryModuleAndItsTests() {
        for (String pkg : new String[] {"org.beloved.conversation", "org.beloved.messaging", "org.beloved.bot",
            "org.beloved.sms", "org.beloved.app", "org.beloved.postgres", "org.beloved.testing", "org.beloved.sms.testing",
            "org.beloved.organizers"}) {
            assertThat(BELOVED.containPackage(pkg)).as(pkg).isTrue();
        }
        assertThat(BELOVED.contain("org.beloved.messaging.OutboxTest")).as("core's tests").isTrue();
        assertThat(BELOVED.contain("org.beloved.bot.DiscordChannelTest")).as("bot's tests").isTrue();
        assertThat(BELOVED.contain("org.beloved.sms.InboundSmsTest")).as("sms-gateway's tests").isTrue();
        assertThat(BELOVED.contain("org.beloved.app.ModularityTest")).as("app's tests").isTrue();
    }

    @Test
    void coreImportsNoJdaTwilioServletQuartzNorInfrastructure() {
        noClasses().that().resideInAnyPackage(CORE).or().resideInAPackage("db.migration..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "net.dv8tion..", "com.twilio..", "jakarta.servlet..", "org.quartz..", POSTGRES)
                .check(BELOVED);
    }

    @Test
    void coreDependsOnNoAdapterNorTheApp() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(BOT, SMS, APP)
                .check(BELOVED);
    }

    @Test
    void infrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(POSTGRES, TESTING)
                .should().dependOnClassesThat().resideInAnyPackage(concat(CORE, BOT, SMS, APP))
                .check(BELOVED);
    }

    @Test
    void theDiscordAndSmsAdaptersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(BOT).should().dependOnClassesThat().resideInAnyPackage(SMS, APP)
                .check(BELOVED);
        noClasses().that().resideInAPackage(SMS).should().dependOnClassesThat().resideInAnyPackage(BOT, APP)
                .check(BELOVED);
    }

    @Test
    void noTopLevelPackagesDependOnEachOtherInACycle() {
        slices().matching("org.beloved.(*)..").should().beFreeOfCycles().check(BELOVED);
    }

    @Test
    void everyClassBelongsToAKnownModulePackage() {
        classes().that().resideInAPackage("org.beloved..").and().doNotHaveFullyQualifiedName("org.beloved.BelovedApplication")
                .should().resideInAnyPackage(concat(CORE, POSTGRES, TESTING, BOT, SMS, APP))
                .check(BELOVED);
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
