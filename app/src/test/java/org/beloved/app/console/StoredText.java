package org.beloved.app.console;

import java.util.List;
import org.beloved.testing.TestDatabase;

/** Looks through every text column of every table of the test database for a piece of text. */
final class StoredText {

    private StoredText() {
    }

    /** The {@code table.column}s where some row holds {@code text}. */
    static List<String> columnsHolding(String text) {
        record Column(String table, String name) {
        }
        List<Column> columns = TestDatabase.jdbc().sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                """).query((rs, i) -> new Column(rs.getString(1), rs.getString(2))).list();
        return columns.stream().filter(c -> TestDatabase.jdbc()
                        .sql("select exists (select 1 from \"" + c.table() + "\" where \"" + c.name() + "\"::text like ?)")
                        .param("%" + text + "%").query(Boolean.class).single())
                .map(c -> c.table() + "." + c.name()).toList();
    }
}
