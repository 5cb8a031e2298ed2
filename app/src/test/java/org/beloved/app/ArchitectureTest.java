package org.beloved.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md: dependencies point inward, core knows no channel
 * technology, and the two adapters do not know each other.
 */
class ArchitectureTest {

    /** Core's packages; a new core package must be added here (the last rule fails until it is). */
    static final String[] CORE = {"org.beloved.conversation..", "org.beloved.directory..", "org.beloved.toolkit..",
        "org.beloved.webinars..", "org.beloved.messaging..", "org.beloved.platform.."};
    /** Infrastructure beside core (the embedded-postgres module): app may use it, core never. */
    static final String POSTGRES = "org.beloved.postgres..";
    static final String BOT = "org.beloved.bot..";
    static final String SMS = "org.beloved.sms..";
    static final String APP = "org.beloved.app..";

    /** test-support's classes: test fixtures shipped as a main jar (or its target/classes). */
    private static final Pattern TEST_SUPPORT = Pattern.compile(".*/test-support(/target/classes/|-[^/]*\\.jar!/).*");

    private final JavaClasses beloved = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .withImportOption(location -> !location.matches(TEST_SUPPORT))
            .importPackages("org.beloved", "db.migration");

    @Test
    void theRulesSeeEveryModule() {
        assertThat(beloved.containPackage("org.beloved.conversation")).isTrue();
        assertThat(beloved.containPackage("org.beloved.bot")).isTrue();
        assertThat(beloved.containPackage("org.beloved.sms")).isTrue();
        assertThat(beloved.containPackage("org.beloved.app")).isTrue();
        assertThat(beloved.containPackage("org.beloved.postgres")).isTrue();
        assertThat(beloved.containPackage("org.beloved.testing")).isFalse();
    }

    @Test
    void coreImportsNoJdaTwilioServletOrQuartz() {
        noClasses().that().resideInAnyPackage(CORE).or().resideInAPackage("db.migration")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "net.dv8tion..", "com.twilio..", "jakarta.servlet..", "org.quartz..")
                .check(beloved);
    }

    @Test
    void coreDependsOnNoAdapterNorTheApp() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(BOT, SMS, APP)
                .check(beloved);
    }

    @Test
    void coreDependsOnNoInfrastructure() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage(POSTGRES)
                .check(beloved);
    }

    @Test
    void theDiscordAndSmsAdaptersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(BOT).should().dependOnClassesThat().resideInAnyPackage(SMS, APP)
                .check(beloved);
        noClasses().that().resideInAPackage(SMS).should().dependOnClassesThat().resideInAnyPackage(BOT, APP)
                .check(beloved);
    }

    @Test
    void everyClassBelongsToAKnownModulePackage() {
        String[] known = new String[CORE.length + 4];
        System.arraycopy(CORE, 0, known, 0, CORE.length);
        known[CORE.length] = BOT;
        known[CORE.length + 1] = SMS;
        known[CORE.length + 2] = APP;
        known[CORE.length + 3] = POSTGRES;
        classes().that().resideInAPackage("org.beloved..").should().resideInAnyPackage(known).check(beloved);
    }
}
