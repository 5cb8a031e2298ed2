package org.beloved.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import org.beloved.BelovedApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The production launch ({@code BelovedApplication.main}) lets ArchUnit import Beloved's classes
 * without resolving the library classes they name: the modules, and the order in which their
 * migrations run, must be exactly those found with everything resolved.
 */
class ModularityStartupTest {

    private static List<String> migrationOrder(boolean resolve) {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(resolve);
        try {
            // A predicate of its own per run: ApplicationModules.of caches by type and predicate.
            ApplicationModules modules = ApplicationModules.of(BelovedApplication.class,
                    JavaClass.Predicates.simpleNameStartingWith("ModularityStartupTest" + resolve));
            return ApplicationModuleIdentifiers.of(modules).stream().map(ApplicationModuleIdentifier::toString).toList();
        } finally {
            ArchConfiguration.get().reset();
        }
    }

    @Test
    void theModulesAndTheirOrderDoNotDependOnResolvingLibraryClasses() {
        List<String> resolved = migrationOrder(true);
        assertThat(resolved).contains("shared", "conversation", "directory", "messaging", "webinars", "sms", "bot", "app");
        assertThat(migrationOrder(false)).containsExactlyElementsOf(resolved);
    }
}
