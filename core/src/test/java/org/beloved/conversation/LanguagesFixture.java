package org.beloved.conversation;

import java.time.Clock;
import org.beloved.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The language memory on the test database, for other packages' tests. */
public final class LanguagesFixture {

    private LanguagesFixture() {
    }

    public static Languages languages(Clock clock) {
        return new Languages(new SenderStore(TestDatabase.jdbc(), new JdbcTemplate(TestDatabase.dataSource())), clock);
    }
}
