package org.beloved.shared;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link PortableData} of a module whose records are whole rows of its own tables. */
public class PortableTables implements PortableData {

    private final JdbcClient jdbc;
    private final List<PortableTable> tables;

    public PortableTables(JdbcClient jdbc, List<PortableTable> tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @Override
    public List<String> types() {
        return tables.stream().map(PortableTable::type).toList();
    }

    @Override
    public void export(Consumer<String> json) {
        tables.forEach(t -> t.export(jdbc, json));
    }

    @Override
    public long rows() {
        return tables.stream().mapToLong(t -> t.rows(jdbc)).sum();
    }

    @Override
    public void load(String type, String json) {
        tables.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow().load(jdbc, json);
    }

    @Override
    public void loaded() {
        tables.forEach(t -> t.advanceSequence(jdbc));
    }
}
