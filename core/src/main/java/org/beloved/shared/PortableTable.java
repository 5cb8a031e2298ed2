package org.beloved.shared;

import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One table as export records of one type, done by PostgreSQL itself: a row becomes its JSON object
 * ({@code to_jsonb}) and an object becomes the row again ({@code jsonb_populate_record}), so every
 * column keeps its exact type and value. The owning module names its own table; nothing else does.
 *
 * @param idColumn the {@code bigserial} column whose sequence moves past the loaded ids, or null
 */
public record PortableTable(String type, String table, String orderBy, String idColumn) {

    public void export(JdbcClient jdbc, Consumer<String> json) {
        jdbc.sql("select (jsonb_build_object('type', ?::text) || to_jsonb(t))::text from " + table + " t order by "
                + orderBy).param(type).query(String.class).stream().forEach(json);
    }

    public long rows(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    public void load(JdbcClient jdbc, String json) {
        jdbc.sql("insert into " + table + " select * from jsonb_populate_record(null::" + table + ", ?::jsonb)")
                .param(json).update();
    }

    /** Moves the id sequence past the highest id loaded (the next insert gets a fresh id). */
    public void advanceSequence(JdbcClient jdbc) {
        if (idColumn != null) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', '" + idColumn + "'), coalesce(max("
                    + idColumn + "), 1), max(" + idColumn + ") is not null) from " + table).query(Long.class).single();
        }
    }
}
