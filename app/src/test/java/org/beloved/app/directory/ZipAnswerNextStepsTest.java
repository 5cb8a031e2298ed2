package org.beloved.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.MessageEmbed;
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
import org.junit.jupiter.api.BeforeEach;
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
 * Every ZIP answer over the signed SMS webhook gives a next step: far from every partner, the
 * nearest ones with distance and the contact they chose to show, starting a team, the webinars and
 * JOIN only for those who belong to a congregation; every answer ends with the map centred on the ZIP.
 */
@CleanDatabase
// Discord on (its slash commands exist only then), against a fake Discord; the context goes with the
// class, so JDA is shut down before that fake.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.properties.org.quartz.scheduler.instanceName=zip-answer-next-steps-test")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ZipAnswerNextStepsTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final FakeDiscord DISCORD = FakeDiscord.start();
    private static final AtomicInteger SIDS = new AtomicInteger(12000);
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final String VOLUNTEER = "+14155550717";

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

    @BeforeEach
    void partners() {
        register("""
                {"name": "El Paso Friends Meeting", "tradition": "QUAKER", "zip": "79901", "contactName": "Rosa Diaz",
                 "contactEmail": "rosa@example.org", "contactPhone": "(915) 555-0142", "showPhone": true}
                """);
        register("""
                {"name": "Border Shul", "tradition": "JEWISH", "zip": "79902", "contactName": "Eli Stone",
                 "contactEmail": "eli@example.org", "contactPhone": "+19155550143"}
                """);
        register("""
                {"name": "Lakeview Church", "tradition": "PROTESTANT", "zip": "60614", "contactName": "Ann Lee",
                 "contactEmail": "ann@example.org", "showEmail": true}
                """);
        TestDatabase.jdbc().sql("update congregation set status = 'listed'").update();
    }

    private void register(String json) {
        HttpResponse<String> response = postJson(port, "/api/registrations", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** The whole answer: every page, asking MORE while the bot offers more. */
    private String answer(String body) {
        StringBuilder all = new StringBuilder();
        String page = text(body);
        all.append(page);
        for (int i = 0; i < 10 && (page.contains("Reply MORE") || page.contains("MAS para seguir")); i++) {
            page = text("MORE");
            all.append(page);
        }
        return all.toString();
    }

    private String text(String body) {
        HttpResponse<String> response = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), VOLUNTEER, body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        StringBuilder all = new StringBuilder();
        Matcher m = MESSAGE.matcher(response.body());
        while (m.find()) {
            all.append(m.group(1).replace("<Body>", "").replace("</Body>", "")).append('\n');
        }
        return all.toString();
    }

    @Test
    void farFromEveryPartnerTheNearestAreNamedWithTheirDistanceAndConsentedContactAndNextSteps() {
        String alpine = answer("79830");
        assertThat(alpine)
                .contains("No partners within 25 mi of 79830 (Alpine, TX) yet.", "The nearest:")
                .contains("1. El Paso Friends Meeting", "Border Shul", "Lakeview Church", "Chicago, IL")
                .contains("Rosa Diaz, +19155550142", "Ann Lee, ann@example.org")
                .contains("text TOOLKIT 4", "text WEBINARS", "If you belong to a congregation, text JOIN")
                .contains("Map: https://bot.example.org/?zip=79830")
                .doesNotContain("eli@example.org", "9155550143", "Text JOIN to put");
        assertThat(alpine.indexOf("El Paso Friends")).as("nearest first")
                .isLessThan(alpine.indexOf("Lakeview Church"));
        assertThat(alpine).containsPattern("El Paso Friends Meeting - Quaker - El Paso, TX - 1\\d\\d(\\.\\d)? mi");
    }

    @Test
    void anAnswerWithPartnersEndsWithTheMapCentredOnTheZip() {
        String chicago = answer("60614");
        assertThat(chicago).contains("Partners near 60614 (Chicago, IL)", "1. Lakeview Church")
                .doesNotContain("El Paso");
        assertThat(chicago.strip()).endsWith("Map: https://bot.example.org/?zip=60614");
    }

    @Test
    void inSpanishTheSameNextSteps() {
        text("ESPAÑOL");
        String alpine = answer("79830");
        assertThat(alpine).contains("Las más cercanas:", "El Paso Friends Meeting", "escribe GUIA 4",
                "escribe SEMINARIOS", "Si eres parte de una congregación, escribe UNIRSE",
                "Mapa: https://bot.example.org/?zip=79830");
    }

    @Test
    void discordPartnersFarAwayNamesTheNearestWithTheirContactAndLinksTheMap() {
        MessageEmbed embed = discordPartners("79830");
        assertThat(embed.getUrl()).isEqualTo("https://bot.example.org/?zip=79830");
        assertThat(embed.getDescription()).contains("The nearest:", "1. El Paso Friends Meeting", "Rosa Diaz, +19155550142")
                .contains("If you belong to a congregation, use /register")
                .endsWith("Map: https://bot.example.org/?zip=79830")
                .doesNotContain("9155550143");
    }

    private MessageEmbed discordPartners(String zip) {
        return DiscordPartners.ask(listeners, "100000000000000012", zip);
    }
}
