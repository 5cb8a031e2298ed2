package org.beloved.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Option;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Action alerts end to end, on two application instances sharing one database (both dispatching the
 * outbox), with Twilio played by {@link FakeTwilio}, Discord by {@link FakeDiscord} and time by a
 * {@link MutableClock}: people opt in by signed SMS webhooks and by {@code /alerts on}; an organizer
 * drafts an alert to Cook County through the admin API and sends it from both instances at once.
 * Its preview counts exactly the opted-in there; nothing goes during their quiet hours, while an
 * urgent alert does; once the morning comes each opted-in recipient there gets it exactly once (SMS
 * and a Discord DM, in their language, ending with how to stop), nobody outside, opted out by ALERTS
 * OFF or STOPped, and the alert's counts equal the preview's.
 */
class AlertsEndToEndTest {

    private static final String TOKEN = "alerts-e2e-token-123";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final FakeDiscord DISCORD = FakeDiscord.start();
    /** 23:30 in Chicago, 21:30 in San Francisco: quiet hours (21:00-08:00) in both. */
    private static final MutableClock CLOCK = MutableClock.at("2030-03-06T05:30:00Z");
    private static final AtomicInteger SIDS = new AtomicInteger(31000);

    private static final String COOK_EN = "+13125550801";
    private static final String COOK_ES = "+13125550802";
    private static final String COOK_STOPPED = "+13125550803";
    private static final String COOK_OFF = "+13125550804";
    private static final String SAN_FRANCISCO = "+14155550805";
    private static final String COOK_SEARCHED_ONLY = "+13125550806";

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @Configuration(proxyBeanMethods = false)
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void twoInstances() {
        TestDatabase.reset();
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        one = instance();
        two = instance();
        DISCORD.awaitConnected(WITHIN);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {one, two}) {
            if (context != null) {
                context.close();
            }
        }
        DISCORD.close();
        TWILIO.close();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(BelovedApplication.class, MovableClock.class)
                .initializers(new TestDatabaseProperties())
                .run("--server.port=0", "--beloved.admin.token=" + TOKEN,
                        "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                        "--beloved.sms.api-base-url=" + TWILIO.baseUrl(),
                        "--beloved.discord.token=" + DISCORD.token(), "--beloved.discord.api-base-url=" + DISCORD.apiBaseUrl(),
                        "--beloved.messaging.dispatch-enabled=true", "--beloved.messaging.dispatch-interval=100ms",
                        "--beloved.messaging.sms-per-second=50", "--beloved.messaging.discord-per-second=50",
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=alerts-e2e");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String text(String from, String body) {
        HttpResponse<String> response = TwilioWebhooks.signedPost(port(one), "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), from, body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String alertsOn(FakeUser user, String zip) {
        FakeInteraction on = DISCORD.slashCommand(Actor.inDirectMessage(user), "alerts",
                Option.subcommand("on", Option.string("zip", zip)));
        return DISCORD.awaitOriginalEdit(on, WITHIN).json().getString("content");
    }

    private static JsonNode admin(ConfigurableApplicationContext instance, String method, String path, String body,
            int status) throws Exception {
        HttpResponse<String> response = AdminHttp.send(port(instance), method, path, TOKEN, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static List<FakeTwilio.Accepted> textsTo(String number) {
        return TWILIO.accepted().stream().filter(a -> a.to().equals(number)).toList();
    }

    private static List<Call> dmsTo(FakeUser user) {
        return DISCORD.calls("POST", "/channels/" + DISCORD.directMessageChannel(user) + "/messages").stream()
                .filter(c -> c.status() == 200).toList();
    }

    private static long alertRows(long alert, String status) {
        return TestDatabase.jdbc().sql("select count(*) from outbox where kind = 'alert' and subject_id = ? and status = ?")
                .params(alert, status).query(Long.class).single();
    }

    @Test
    void anAlertToOneCountyReachesExactlyItsOptedInOnceEachOutsideTheirQuietHours() throws Exception {
        assertThat(text(COOK_EN, "ALERTS 60614")).contains("Action alerts are on for Chicago, IL (Cook County)");
        assertThat(text(COOK_ES, "ALERTAS 60609")).contains("Alertas activadas para Chicago, IL (condado de Cook)");
        text(COOK_STOPPED, "ALERTS 60614");
        text(COOK_STOPPED, "STOP");
        text(COOK_OFF, "ALERTS 60614");
        assertThat(text(COOK_OFF, "ALERTS OFF")).contains("Action alerts are off");
        assertThat(text(SAN_FRANCISCO, "ALERTS 94110")).contains("San Francisco, CA");
        text(COOK_SEARCHED_ONLY, "60614");
        FakeUser cookDm = DISCORD.addUser("cook-member");
        FakeUser sfDm = DISCORD.addUser("sf-member");
        assertThat(alertsOn(cookDm, "60614")).contains("Action alerts are on for Chicago, IL (Cook County)");
        assertThat(alertsOn(sfDm, "94110")).contains("San Francisco, CA");

        JsonNode preview = admin(one, "POST", "/api/admin/alerts", """
                {"text": "The Board votes Tuesday 10am on ending ICE holds. Come: 118 N Clark St, Room 567.",
                 "textEs": "La Junta vota el martes a las 10 sobre las retenciones de ICE. Ven: 118 N Clark St, sala 567 (salón grande).",
                 "counties": ["17031"], "channels": ["sms", "discord"]}
                """, 201);
        long alert = preview.get("id").asLong();
        assertThat(preview.get("recipients").asInt()).isEqualTo(3);
        assertThat(preview.get("recipientsByChannel").toString()).isEqualTo("{\"sms\":2,\"discord\":1}");
        assertThat(preview.get("segments").get("en").asInt()).isEqualTo(1);
        assertThat(preview.get("segments").get("es").asInt()).as("UCS-2, 67 a segment").isEqualTo(3);
        assertThat(preview.get("estimatedCostUsd").decimalValue()).isEqualByComparingTo("0.0316");
        assertThat(TestDatabase.jdbc().sql("select count(*) from outbox where kind = 'alert'").query(Long.class).single())
                .as("nothing is sent before the send").isZero();

        CompletableFuture<JsonNode> fromTwo = CompletableFuture.supplyAsync(() -> {
            try {
                return admin(two, "POST", "/api/admin/alerts/" + alert + "/send", null, 200);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode fromOne = admin(one, "POST", "/api/admin/alerts/" + alert + "/send", null, 200);
        assertThat(fromOne.get("enqueued").asInt()).isEqualTo(3);
        assertThat(fromTwo.get().get("enqueued").asInt()).isEqualTo(3);
        assertThat(admin(one, "POST", "/api/admin/alerts/" + alert + "/send", null, 200).get("enqueued").asInt())
                .as("a repeated send adds nothing").isEqualTo(3);

        await().atMost(WITHIN).until(() -> TestDatabase.jdbc().sql("""
                select count(*) from outbox where kind = 'alert' and subject_id = ? and status = 'pending'
                    and next_attempt_at = '2030-03-06T14:00:00Z'""").param(alert).query(Long.class).single() == 3);
        assertThat(TWILIO.accepted()).as("nothing during the quiet hours").isEmpty();
        assertThat(dmsTo(cookDm)).isEmpty();

        JsonNode urgent = admin(two, "POST", "/api/admin/alerts", """
                {"text": "ICE is at the courthouse now.", "textEs": "ICE está en el juzgado ahora.",
                 "zip": "94110", "radiusMiles": 5, "channels": ["sms", "discord"], "urgent": true}
                """, 201);
        assertThat(urgent.get("recipients").asInt()).isEqualTo(2);
        admin(one, "POST", "/api/admin/alerts/" + urgent.get("id").asLong() + "/send", null, 200);
        await().atMost(WITHIN).until(() -> textsTo(SAN_FRANCISCO).size() == 1 && dmsTo(sfDm).size() == 1);
        assertThat(textsTo(SAN_FRANCISCO).get(0).body()).isEqualTo("ICE is at the courthouse now.\n"
                + "Text ALERTS OFF to stop alerts.");
        assertThat(dmsTo(sfDm).get(0).body()).contains("ICE is at the courthouse now.", "/alerts off");
        assertThat(TestDatabase.jdbc().sql("select count(*) from audit_event where action = 'alert.create-urgent'"
                + " and actor = 'admin-token' and record_id = ?").param(urgent.get("id").asText()).query(Long.class)
                .single()).as("the audit log says who chose urgency").isEqualTo(1);

        CLOCK.advance(Duration.ofHours(8).plusMinutes(31));   // 08:01 in Chicago
        await().atMost(WITHIN).until(() -> alertRows(alert, "sent") == 3);

        assertThat(textsTo(COOK_EN)).singleElement().satisfies(t -> assertThat(t.body()).isEqualTo(
                "The Board votes Tuesday 10am on ending ICE holds. Come: 118 N Clark St, Room 567.\n"
                        + "Text ALERTS OFF to stop alerts."));
        assertThat(textsTo(COOK_ES)).singleElement().satisfies(t -> assertThat(t.body()).isEqualTo(
                "La Junta vota el martes a las 10 sobre las retenciones de ICE. Ven: 118 N Clark St, sala 567 (salón grande).\n"
                        + "Escribe ALERTAS NO para parar las alertas."));
        assertThat(dmsTo(cookDm)).singleElement().satisfies(c -> assertThat(c.body())
                .contains("The Board votes Tuesday", "/alerts off"));
        for (String nobody : List.of(COOK_STOPPED, COOK_OFF, COOK_SEARCHED_ONLY)) {
            assertThat(textsTo(nobody)).as(nobody).isEmpty();
        }
        assertThat(textsTo(SAN_FRANCISCO)).as("the county alert stays in its county").hasSize(1);
        assertThat(dmsTo(sfDm)).hasSize(1);
        assertThat(TWILIO.accepted()).hasSize(3);

        JsonNode report = admin(two, "GET", "/api/admin/alerts/" + alert, null, 200);
        assertThat(report.get("sent").asLong()).as("sent equals the preview").isEqualTo(preview.get("recipients").asLong());
        assertThat(report.get("failed").asLong()).isZero();
        assertThat(report.get("refused").asLong()).isZero();
        assertThat(report.get("waiting").asLong()).isZero();
        assertThat(report.get("sentAt").asText()).isNotEmpty();
        assertThat(Instant.parse(report.get("sentAt").asText())).isBefore(CLOCK.instant());
    }

    @Test
    void aDraftWithProblemsIsRefusedWithEachNamed() throws Exception {
        HttpResponse<String> response = AdminHttp.send(port(one), "POST", "/api/admin/alerts", TOKEN, """
                {"text": " ", "counties": ["17031"], "zip": "60614", "radiusMiles": 5, "channels": ["sms", "fax"]}
                """);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problems = JSON.readTree(response.body()).get("problems");
        assertThat(problems.propertyNames()).containsExactly("text", "textEs", "audience", "channels");
        assertThat(problems.get("audience").asText()).contains("exactly one audience");
        assertThat(problems.get("channels").asText()).contains("\"fax\"");

        assertThat(AdminHttp.send(port(one), "POST", "/api/admin/alerts", null, "{}").statusCode()).isEqualTo(401);
        assertThat(AdminHttp.send(port(one), "GET", "/api/admin/alerts/999999", TOKEN, null).statusCode()).isEqualTo(404);
        assertThat(AdminHttp.send(port(one), "POST", "/api/admin/alerts/999999/send", TOKEN, null).statusCode())
                .isEqualTo(404);
    }
}
