package org.beloved.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.beloved.BelovedApplication;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.OutboundOutcome;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code management.server.port} set, the actuator is on that port only, on 127.0.0.1: health
 * (readiness with the database), info (build and git) and Prometheus metrics, among them the
 * {@code beloved_} series after one SMS through the real signed webhook. The public port serves none of it.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ManagementPortTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationEventPublisher events;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @Test
    void afterTextsAndASignUpThePrometheusEndpointShowsTheBelovedSeries() {
        HttpResponse<String> text = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(1801), "+14155550181", "HELP"));
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("<Message>");
        HttpResponse<String> stop = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(1802), "+14155550182", "STOP"));
        assertThat(stop.statusCode()).isEqualTo(200);
        HttpResponse<String> signUp = postJson(port, "/api/registrations", """
                {"name": "Lakeview Church", "tradition": "PROTESTANT", "zip": "60614", "contactName": "Ann Lee",
                 "contactEmail": "ann@example.org"}
                """);
        assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(201);
        events.publishEvent(new OutboundOutcome(Channel.SMS, MessageKind.REMINDER, Delivery.Status.SENT));

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("beloved_inbound_texts_total{channel=\"sms\",outcome=\"answered\"} 1.0")
                .contains("beloved_sms_webhook_seconds_count 2")
                .contains("beloved_sms_webhook_seconds_bucket{le=\"0.05\"}")
                .containsPattern("beloved_sms_segments_sent_total\\{source=\"reply\"} [1-9]")
                .contains("beloved_outbound_messages_total{channel=\"sms\",kind=\"reminder\",outcome=\"sent\"} 1.0")
                .contains("beloved_outbox_backlog{channel=\"sms\"} 0.0")
                .contains("beloved_outbox_oldest_due_seconds{channel=\"discord\"} 0.0")
                .contains("beloved_inbound_texts_total{channel=\"sms\",outcome=\"silent\"} 1.0")
                .contains("beloved_opt_outs{channel=\"sms\"} 1.0")
                .contains("beloved_opt_outs{channel=\"discord\"} 0.0")
                .contains("beloved_registrations{status=\"pending\"} 1.0")
                .contains("beloved_registrations{status=\"listed\"} 0.0")
                .contains("beloved_discord_connection{state=\"off\"} 1.0")
                .contains("beloved_discord_connection{state=\"connected\"} 0.0");
    }

    @Test
    void theManagementPortServesHealthWithTheDatabaseAndInfo() throws IOException {
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> info = get(managementPort, "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"").contains("\"artifact\":\"app\"");
        if (builtFromAGitCheckout()) {
            assertThat(info.body()).contains("\"git\"").contains("\"commit\"");
        }
    }

    /** The build writes git.properties with the commit from a checkout, and without it from a source tarball. */
    private static boolean builtFromAGitCheckout() throws IOException {
        Properties git = new Properties();
        try (InputStream in = ManagementPortTest.class.getResourceAsStream("/git.properties")) {
            if (in != null) {
                git.load(in);
            }
        }
        return git.containsKey("git.commit.id") || git.containsKey("git.commit.id.full");
    }

    @Test
    void thePublicPortServesNoActuatorAtAll() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator/health"}) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get(port, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws IOException {
        // 127.0.0.2 is this machine too: the public port (all addresses) answers there, the management port (127.0.0.1) does not.
        try (Socket open = new Socket()) {
            open.connect(new InetSocketAddress("127.0.0.2", port), 2000);
            assertThat(open.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket closed = new Socket()) {
                closed.connect(new InetSocketAddress("127.0.0.2", managementPort), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }
}
