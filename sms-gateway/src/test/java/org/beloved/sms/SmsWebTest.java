package org.beloved.sms;

import org.beloved.messaging.OptOuts;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application with the SMS adapter on, reached over real HTTP, on the real database,
 * with Twilio's REST API played by a local {@link FakeTwilio}.
 */
@CleanDatabase
@SpringBootTest(classes = SmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
abstract class SmsWebTest {

    static final FakeTwilio TWILIO = FakeTwilio.start();

    @LocalServerPort
    int port;

    @Autowired
    OptOuts optOuts;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
        registry.add("beloved.toolkit.public-url", () -> TwilioWebhooks.PUBLIC_URL);
    }

    static JdbcClient db() {
        return TestDatabase.jdbc();
    }

    /** Whether the number is on the opt-out list (which holds keyed hashes only, never the number). */
    boolean optedOut(String number) {
        return optOuts.isOptedOut(org.beloved.shared.Channel.SMS, number);
    }

    static long count(String sql, Object... params) {
        return db().sql(sql).params(params).query(Long.class).single();
    }
}
