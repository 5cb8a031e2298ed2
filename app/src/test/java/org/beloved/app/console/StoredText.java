package org.beloved.app.console;

import java.util.List;
import org.beloved.testing.TestDatabase;

/** Looks through every text column of every table of the test database for a word. */
final class StoredText {

    private StoredText() {
    }

    /**
     * The {@code table.column}s where some row holds {@code word} as a word of its own: not inside a
     * longer run of letters and digits (a Twilio sid, a hash, a phone number), which a random code
     * could be part of.
     */
    static List<String> columnsHolding(String word) {
        record Column(String table, String name) {
        }
        List<Column> columns = TestDatabase.jdbc().sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                """).query((rs, i) -> new Column(rs.getString(1), rs.getString(2))).list();
        return columns.stream().filter(c -> TestDatabase.jdbc()
                        .sql("select exists (select 1 from \"" + c.table() + "\" where \"" + c.name() + "\"::text ~ ?)")
                        .param("\\m" + word + "\\M").query(Boolean.class).single())
                .map(c -> c.table() + "." + c.name()).toList();
    }
}
