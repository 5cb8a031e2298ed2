package org.beloved.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;

/** Which modules' migrations run, in which order, and what a stale module list does. */
class ModuleMigrationsTest {

    private static ApplicationModuleIdentifiers modules(String... names) {
        return ApplicationModuleIdentifiers.of(List.of(names).stream().map(ApplicationModuleIdentifier::of).toList());
    }

    @Test
    void everyModuleFolderOfMigrationsOnTheClassPathIsFound() {
        assertThat(ModuleMigrations.migrationFolders()).containsExactlyInAnyOrder(
                "app", "bot", "sms", "conversation", "directory", "messaging", "organizers", "webinars", "counties",
                "alerts");
    }

    @Test
    void theModulesWithMigrationsRunInTheModulesOrder() {
        ApplicationModuleIdentifiers order = ModuleMigrations.withMigrations(
                modules("postgres", "shared", "messaging", "directory", "app"), Set.of("app", "directory", "messaging"));

        assertThat(order.stream().map(ApplicationModuleIdentifier::toString)).containsExactly("messaging", "directory", "app");
    }

    @Test
    void aFolderOfMigrationsNoModuleListsStopsTheStart() {
        assertThatThrownBy(() -> ModuleMigrations.withMigrations(modules("shared", "messaging"), Set.of("messaging", "payments")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("db/migration/[payments]")
                .hasMessageContaining("build the jar again");
    }
}
