package org.beloved;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * Beloved: one jar with the conversation engine, the SMS and Discord adapters and the web page.
 * It sits in the root package so that every direct sub-package is a Spring Modulith application
 * module: core's features ({@code conversation}, {@code directory}, {@code toolkit}, {@code webinars},
 * {@code messaging}, {@code organizers}), the adapters ({@code bot}, {@code sms}), {@code app} and {@code postgres};
 * {@code shared} is the kernel every module may use. Without a Discord token the Discord adapter's
 * JDA-facing beans are left out ({@code org.beloved.bot.DiscordBeans}, in META-INF/spring.factories): no
 * JDA class loads.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Beloved", sharedModules = "shared")
public class BelovedApplication {

    /**
     * ArchUnit's setting (as a system property) for resolving the classes Beloved's classes refer to
     * from the class path. Spring Modulith's runtime imports the application's classes once at
     * start-up to order each module's migrations ({@code ModuleMigrations}); the modules and their
     * order come from Beloved's own classes alone, and resolving every JDA, Twilio and Spring type
     * they name took seconds of the start and tens of MiB. Off unless the command line says otherwise;
     * {@code ModularityStartupTest} checks that the order is the same either way.
     */
    static final String ARCHUNIT_RESOLVE = "archunit.resolveMissingDependenciesFromClassPath";

    /**
     * Spring's switch for a training run (a class archive written at exit): {@code -Dspring.context.exit=onRefresh}.
     * Spring would halt the JVM as soon as the context is refreshed, closing nothing, which left the
     * embedded PostgreSQL running; Beloved instead starts completely (the archive then also holds the
     * classes of the web server, the scheduler and the first ready events) and closes the context, which
     * stops the embedded PostgreSQL, before the JVM exits.
     */
    static final String EXIT = "spring.context.exit";

    static final String TRAINING_RUN = "onRefresh";

    public static void main(String[] args) {
        if (System.getProperty(ARCHUNIT_RESOLVE) == null) {
            System.setProperty(ARCHUNIT_RESOLVE, "false");
        }
        boolean training = TRAINING_RUN.equals(System.getProperty(EXIT));
        if (training) {
            System.clearProperty(EXIT);
        }
        ConfigurableApplicationContext context = SpringApplication.run(BelovedApplication.class, args);
        if (training) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
