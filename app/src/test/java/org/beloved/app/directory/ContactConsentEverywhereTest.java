package org.beloved.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.BelovedApplication;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same two listings through every public output: an SMS ZIP answer (signed Twilio webhook),
 * Discord's /partners (a mocked JDA event through the real router), {@code GET /api/partners} and
 * the map's GeoJSON. One was registered by text with a NO to "May partners see this phone
 * number?": its phone appears nowhere. The other said yes to its phone only: exactly that shows.
 */
@CleanDatabase
// Discord on (its slash commands exist only then), against a fake Discord; the context goes with the
// class, so JDA is shut down before that fake.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.properties.org.quartz.scheduler.instanceName=contact-consent-everywhere-test")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ContactConsentEverywhereTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final FakeDiscord DISCORD = FakeDiscord.start();
    private static final AtomicInteger SIDS = new AtomicInteger(9000);
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final String PASTOR = "+14155550404";
    private static final String VOLUNTEER = "+14155550505";

    @LocalServerPort
    int port;

    @Autowired
    List<ListenerAdapter> listeners;

    @Autowired
    DiscordGateway gateway;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
        registry.add("beloved.discord.token", DISCORD::token);
        registry.add("beloved.discord.api-base-url", DISCORD::apiBaseUrl);
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);
        DISCORD.close();
    }

    private String text(String from, String body) {
        HttpResponse<String> response = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), from, body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        StringBuilder all = new StringBuilder();
        Matcher m = MESSAGE.matcher(response.body());
        while (m.find()) {
            all.append(m.group(1)).append('\n');
        }
        return all.toString();
    }

    private String discordPartners(String zip) {
        return DiscordPartners.ask(listeners, "100000000000000011", zip).getDescription();
    }

    @Test
    void aPhoneNeverConsentedAppearsInNoPublicOutputAndAYesShowsExactlyItsField() {
        for (String answer : new String[] {"JOIN", "Mission Friends", "12", "94110", "Ruth Fell", "ruth@example.org"}) {
            text(PASTOR, answer);
        }
        assertThat(text(PASTOR, "yes")).contains("May partners see this phone number? Reply YES or NO");
        assertThat(text(PASTOR, "no")).contains("Shown publicly: Ruth Fell, ruth@example.org");
        assertThat(text(PASTOR, "yes")).contains("waiting for an organizer");
        HttpResponse<String> web = postJson(port, "/api/registrations", """
                {"name": "Valencia Street Shul", "tradition": "JEWISH", "zip": "94110", "contactName": "Ben Levi",
                 "contactEmail": "ben@example.org", "contactPhone": "+14155550606", "showPhone": true}
                """);
        assertThat(web.statusCode()).as(web.body()).isEqualTo(201);
        TestDatabase.jdbc().sql("update congregation set status = 'listed'").update();
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation where contact_phone = ?").param(PASTOR)
                .query(Long.class).single()).as("the phone is stored, for organizers").isEqualTo(1);

        String sms = text(VOLUNTEER, "94110");
        String discord = discordPartners("94110");
        String api = get(port, "/api/partners?zip=94110").body();
        String geojson = get(port, "/api/congregations.geojson").body();
        for (var output : java.util.Map.of("SMS", sms, "Discord", discord, "API", api, "GeoJSON", geojson).entrySet()) {
            assertThat(output.getValue()).as(output.getKey())
                    .contains("Mission Friends", "Ruth Fell", "ruth@example.org")
                    .contains("Valencia Street Shul", "Ben Levi", "+14155550606")
                    .doesNotContain("4155550404", "ben@example.org");
        }
    }
}
