package org.beloved.bot;

import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The Discord adapter's beans on the real core services and the real database; no gateway connection. */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class, properties = "beloved.discord.admin-role=Organizer")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
abstract class BotTest {
}
