package org.beloved.app.database;

import java.util.Optional;
import org.beloved.postgres.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at startup which database Beloved uses, without its password. */
@Component
class DatabaseReport {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final Environment environment;

    DatabaseReport(ObjectProvider<EmbeddedPostgres> embedded, Environment environment) {
        this.embedded = embedded;
        this.environment = environment;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() {
        log.info("Database: {}", describe());
    }

    String describe() {
        return Optional.ofNullable(embedded.getIfAvailable())
                .map(pg -> pg + " (set SPRING_DATASOURCE_URL to use another server)")
                .orElseGet(() -> "external PostgreSQL at " + withoutQuery(environment.getProperty("spring.datasource.url")));
    }

    /** Query parameters may carry a password: never log them. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
