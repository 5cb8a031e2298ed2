package org.beloved.postgres;

/**
 * The embedded PostgreSQL server could not be prepared, started or stopped. The message is one
 * line a person can act on; the cause, when there is one, carries the detail for the debug log.
 */
public class EmbeddedPostgresException extends RuntimeException {

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
