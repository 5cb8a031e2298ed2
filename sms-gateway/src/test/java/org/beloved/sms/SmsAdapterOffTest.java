package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Without an auth token the webhooks never process input, signed or not. */
@CleanDatabase
@SpringBootTest(classes = SmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class SmsAdapterOffTest {

    @LocalServerPort
    int port;

    @Test
    void webhooksAnswer503() {
        var form = TwilioWebhooks.sms("SM00000000000000000000000000000099", "+14155550101", "HELP");
        assertThat(TwilioWebhooks.signedPost(port, "/sms/inbound", form).statusCode()).isEqualTo(503);
        assertThat(TwilioWebhooks.signedPost(port, "/sms/status", form).statusCode()).isEqualTo(503);
        assertThat(org.beloved.testing.TestDatabase.jdbc().sql("select count(*) from inbound_message")
                .query(Long.class).single()).isZero();
    }
}
