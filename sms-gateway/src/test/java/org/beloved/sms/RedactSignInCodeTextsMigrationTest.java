package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration sms V5 on the real database: the sign-in codes logged before their text was kept out of
 * {@code sms_outbound} (the rows the console sent with a negative outbox id) lose their text; the
 * texts of reminders and of replies stay. It runs on its own connection, against a temporary table
 * that stands in for {@code sms_outbound}, so the shared test database is never touched.
 */
class RedactSignInCodeTextsMigrationTest {

    private SingleConnectionDataSource connection;
    private JdbcClient jdbc;

    @BeforeEach
    void ownTable() {
        connection = new SingleConnectionDataSource(TestDatabase.jdbcUrl(), TestDatabase.username(),
                TestDatabase.password(), true);
        jdbc = JdbcClient.create(connection);
        jdbc.sql("create temporary table sms_outbound (like sms_outbound including all)").update();
    }

    @AfterEach
    void close() {
        connection.destroy();
    }

    private void logged(String body, Long outboxId) {
        jdbc.sql("""
                insert into sms_outbound (to_number, body, status, created_at, updated_at, outbox_id)
                values ('+14155550123', ?, 'delivered', now(), now(), ?)
                """).params(body, outboxId).update();
    }

    @Test
    void theCodesLoggedBeforeLoseTheirTextAndNothingElseDoes() throws IOException {
        logged("Beloved: your organizer console code is 402917. It works for 10 minutes.", -3L);
        logged("Beloved: tu código para la consola de organizadores es 118204.", -4L);
        logged("Webinar tomorrow at 7:00 PM", 5L);
        logged("A reply to a text", null);

        jdbc.sql(script()).update();

        assertThat(jdbc.sql("select body from sms_outbound order by id").query(String.class).list()).isEqualTo(List.of(
                "[sign-in code]", "[sign-in code]", "Webinar tomorrow at 7:00 PM", "A reply to a text"));
    }

    private static String script() throws IOException {
        try (InputStream in = RedactSignInCodeTextsMigrationTest.class
                .getResourceAsStream("/db/migration/sms/V5__redact_sign_in_code_texts.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
