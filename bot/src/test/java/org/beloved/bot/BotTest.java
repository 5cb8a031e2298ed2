package org.beloved.bot;

import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The Discord adapter's beans on the real core services and the real database; no gateway connection.
 * One organizing server, an organizer role (by id), a named organizer, and the deprecated role name.
 */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class, properties = {JdaEvents.ADMIN_ROLE_NAME, JdaEvents.GUILD_IDS,
        JdaEvents.ORGANIZER_ROLE, JdaEvents.NAMED_ORGANIZERS})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
abstract class BotTest {
}
