package org.beloved.shared;

import java.util.List;
import java.util.function.Consumer;

/**
 * A module's part of the portable export ({@code GET /api/admin/export}) and of its import into an
 * empty database ({@code beloved.import}): the records it owns, one JSON object per record, each with
 * its {@code type}. A module reads and writes only its own tables.
 */
public interface PortableData {

    /** The record types this module owns, in the order they must be loaded. */
    List<String> types();

    /** Every record, each a JSON object with {@code type} and every column needed to restore it. */
    void export(Consumer<String> json);

    /** Rows already in the tables an import would fill (an import needs them all empty). */
    long rows();

    /** Stores one exported record of one of {@link #types()}, keeping its id. */
    void load(String type, String json);

    /** After every record is loaded, in the same transaction: id sequences, schedules, caches. */
    void loaded();
}
