package org.beloved.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module owns its tables: they are created by its own migrations in {@code db/migration/<module>/},
 * every module that has migrations has its own history table, and no foreign key crosses from one
 * module's table to another's (modules talk through APIs, never through each other's tables).
 */
class ModuleTablesTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");

    /** table name -> module, from the SQL migrations on the classpath. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        for (Resource sql : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*.sql")) {
            String module = sql.getURL().toString().replaceAll(".*/db/migration/([^/]+)/[^/]+$", "$1");
            Matcher m = CREATE_TABLE.matcher(sql.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(owners.put(m.group(1).toLowerCase(), module)).as("table %s created twice", m.group(1)).isNull();
            }
        }
        return owners;
    }

    @Test
    void everyTableBelongsToOneModuleAndNoForeignKeyCrossesModules() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsEntry("outbox", "messaging").containsEntry("webinar", "webinars")
                .containsEntry("congregation", "directory").containsEntry("qrtz_triggers", "app");
        List<String> tables = TestDatabase.jdbc()
                .sql("select tablename from pg_tables where schemaname = current_schema() and tablename not like 'flyway%'")
                .query(String.class).list();
        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        List<String> crossing = TestDatabase.jdbc().sql("""
                select c.conrelid::regclass::text || ' -> ' || c.confrelid::regclass::text
                from pg_constraint c where c.contype = 'f'
                """).query(String.class).list().stream()
                .filter(fk -> {
                    String[] ends = fk.split(" -> ");
                    return !owners.get(ends[0]).equals(owners.get(ends[1]));
                }).toList();
        assertThat(crossing).isEmpty();
    }

    @Test
    void eachModuleWithMigrationsHasItsOwnHistory() {
        assertThat(TestDatabase.jdbc().sql("select tablename from pg_tables where tablename like 'flyway_schema_history_%'")
                .query(String.class).list()).contains("flyway_schema_history_directory", "flyway_schema_history_messaging",
                        "flyway_schema_history_webinars", "flyway_schema_history_conversation",
                        "flyway_schema_history_sms", "flyway_schema_history_bot", "flyway_schema_history_app")
                .doesNotContain("flyway_schema_history_shared", "flyway_schema_history_toolkit");
    }
}
