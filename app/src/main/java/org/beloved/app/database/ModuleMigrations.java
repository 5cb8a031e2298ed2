package org.beloved.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

/**
 * Each application module owns its migrations in {@code db/migration/<module>/} with its own
 * version sequence and history table ({@code flyway_schema_history_<module>}), run in the modules'
 * dependency order by Spring Modulith's Flyway strategy. Modules without migrations get no history
 * table. Adding a migration never needs a version slot outside its own module.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    /** The modules are looked up only when Flyway runs: a context that does not migrate never scans for them. */
    @Bean
    FlywayMigrationStrategy moduleMigrationStrategy(ObjectProvider<ApplicationModuleIdentifiers> modules) {
        return flyway -> new SpringModulithFlywayMigrationStrategy(ApplicationModuleIdentifiers.of(
                modules.getObject().stream().filter(ModuleMigrations::hasMigrations).toList())).migrate(flyway);
    }

    /** Whether anything (SQL or Java migration) sits in {@code db/migration/<module>/} on the classpath. */
    static boolean hasMigrations(ApplicationModuleIdentifier module) {
        try {
            return new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/" + module + "/V*").length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
