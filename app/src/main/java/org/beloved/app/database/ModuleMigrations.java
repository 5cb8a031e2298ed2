package org.beloved.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

/**
 * Each application module owns its migrations in {@code db/migration/<module>/} with its own
 * version sequence and history table ({@code flyway_schema_history_<module>}), run in the modules'
 * dependency order by Spring Modulith's Flyway strategy. Modules without migrations get no history
 * table. Adding a migration never needs a version slot outside its own module.
 * The modules and their order come from the module list the build writes ({@link ModuleList}); a
 * folder of migrations that list does not name (a stale list) stops the start instead of being skipped.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    private static final Pattern FOLDER = Pattern.compile("db/migration/([^/]+)/V[^/]*$");

    /** The modules are looked up only when Flyway runs: a context that does not migrate never scans for them. */
    @Bean
    FlywayMigrationStrategy moduleMigrationStrategy(ObjectProvider<ApplicationModuleIdentifiers> modules) {
        return flyway -> new SpringModulithFlywayMigrationStrategy(withMigrations(modules.getObject(),
                migrationFolders())).migrate(flyway);
    }

    /**
     * The modules (in their order) that have a folder of migrations.
     *
     * @throws IllegalStateException if a folder of migrations is no module's
     */
    static ApplicationModuleIdentifiers withMigrations(ApplicationModuleIdentifiers modules, Set<String> folders) {
        Set<String> unknown = new TreeSet<>(folders);
        modules.stream().map(ApplicationModuleIdentifier::toString).forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Migrations in db/migration/" + unknown + " belong to no application module "
                    + "of " + modules.stream().toList() + ": the module list (" + ModuleList.RESOURCE
                    + ") is older than the classes; build the jar again (./mvnw package)");
        }
        return ApplicationModuleIdentifiers.of(modules.stream().filter(m -> folders.contains(m.toString())).toList());
    }

    /** The folders under {@code db/migration/} on the class path that hold a migration (SQL or Java). */
    static Set<String> migrationFolders() {
        try {
            Set<String> folders = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*")) {
                Matcher matcher = FOLDER.matcher(resource.getURL().toString());
                if (matcher.find()) {
                    folders.add(matcher.group(1));
                }
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
