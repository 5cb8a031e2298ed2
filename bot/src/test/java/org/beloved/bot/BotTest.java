package org.beloved.bot;

import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The Discord adapter's beans on the real core services and the real database; no gateway connection.
 * One organizing server, an organizer role (by id), a named organizer, and the deprecated role name.
 * DM answers post through JDA's requester, which mocked events do not have: here they are read from
 * {@link #replies}; the FakeDiscord tests post them for real.
 */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class, properties = {JdaEvents.ADMIN_ROLE_NAME, JdaEvents.GUILD_IDS,
        JdaEvents.ORGANIZER_ROLE, JdaEvents.NAMED_ORGANIZERS})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
abstract class BotTest {

    /** What DM conversations answered (reset after each test). */
    @MockitoBean
    DirectMessageReplies replies;
}
