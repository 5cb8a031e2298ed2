package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.beloved.BelovedApplication;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discord unreachable (its API address refuses connections) with a token set: the application
 * starts, serves the web and SMS and answers healthy and ready; the {@code discord} component says it is connecting.
 */
@CleanDatabase
@DirtiesContext   // its Discord login goes on retrying
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.discord.token=MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token",
                "beloved.discord.api-base-url=http://127.0.0.1:9/api/v10/", "beloved.discord.takeover-interval=2s",
                "beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID, "beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                "beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL, "beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DiscordUnreachableTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode health() {
        HttpResponse<String> response = get(port, "/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theApplicationIsUpAndServesWhileDiscordIsConnecting() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> health().path("components").path("discord").path("status").asString().equals("CONNECTING"));

        JsonNode health = health();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).path("status").asString()).isEqualTo("UP");
        assertThat(get(port, "/").statusCode()).isEqualTo(200);
        assertThat(get(port, "/api/webinars").statusCode()).isEqualTo(200);
        HttpResponse<String> text = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(4242), "+14155550919", "HELP"));
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("<Message>");
    }
}
