package org.beloved.app.database;

import org.beloved.postgres.EmbeddedPostgresException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded database failure into its one clear line instead of a wall of stack trace. */
public class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the cause above, or set SPRING_DATASOURCE_URL (with _USERNAME and _PASSWORD) to use a PostgreSQL"
                        + " server of your own.", cause);
    }
}
