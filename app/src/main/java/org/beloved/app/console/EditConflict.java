package org.beloved.app.console;

import java.util.List;

/**
 * A console edit found fields the organizer changed that someone else changed meanwhile to something
 * else. Thrown from inside the edit's transaction, which it rolls back: the locked record is left
 * exactly as it was.
 */
final class EditConflict extends RuntimeException {

    /** One such field: its name (or its label's key), what it is now, and what the organizer entered. */
    record Field(String field, String stored, String yours) {
    }

    private final transient List<Field> fields;

    EditConflict(List<Field> fields) {
        super("fields changed meanwhile: " + fields.stream().map(Field::field).toList(), null, false, false);
        this.fields = List.copyOf(fields);
    }

    List<Field> fields() {
        return fields;
    }
}
