package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;
import static org.beloved.app.HttpFixtures.simulate;

import java.net.http.HttpResponse;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page's chat simulator, over real HTTP, against the conversation engine and the real database. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class SimulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SENDER = "web-simulator-test";

    @LocalServerPort
    int port;

    private JsonNode say(String text) {
        HttpResponse<String> response = simulate(port, SENDER, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String only(JsonNode reply) {
        assertThat(reply.get("messages")).hasSize(1);
        return reply.get("messages").get(0).asString();
    }

    @Test
    void homePageServesTheSimulator() {
        HttpResponse<String> page = get(port, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Try the bot", "<label for=\"text\">").containsPattern("/simulator-[0-9a-f]{32}\\.js");
        assertThat(get(port, "/simulator.js").body()).contains("/api/simulator");
    }

    @Test
    void onTheSpanishPageANewSenderIsAnsweredInSpanishUntilTheyChoose() {
        String sender = "web-spanish-page-1";
        HttpResponse<String> first = postJson(port, "/api/simulator?lang=es",
                "{\"sender\":\"" + sender + "\",\"text\":\"AYUDA\"}");
        JsonNode reply = JSON.readTree(first.body());
        assertThat(reply.get("language").asString()).isEqualTo("es");
        assertThat(reply.get("messages").get(0).asString()).contains("AYUDA - esta lista");
        assertThat(JSON.readTree(simulate(port, sender, "ENGLISH").body()).get("language").asString()).isEqualTo("en");
        HttpResponse<String> later = postJson(port, "/api/simulator?lang=es",
                "{\"sender\":\"" + sender + "\",\"text\":\"HELP\"}");
        assertThat(JSON.readTree(later.body()).get("language").asString()).as("their choice wins").isEqualTo("en");
    }

    @Test
    void helpListsWhatToText() {
        JsonNode reply = say("HELP");
        assertThat(reply.get("language").asString()).isEqualTo("en");
        assertThat(only(reply)).contains("HELP - this list", "94110", "ESPAÑOL");
    }

    @Test
    void espanolSwitchesAndStaysSwitched() {
        assertThat(say("ESPAÑOL").get("language").asString()).isEqualTo("es");
        assertThat(only(say("help"))).contains("AYUDA - esta lista");
        assertThat(only(say("English"))).contains("English");
        assertThat(say("HELP").get("language").asString()).isEqualTo("en");
    }

    @Test
    void aZipAnswersWithThePartnersNearIt() {
        assertThat(only(say("94110"))).contains("94110 (San Francisco, CA)", "JOIN");
        assertThat(only(say(" 02134-1234 "))).contains("02134 (Allston, MA)");
        assertThat(only(say("00000"))).contains("could not find the ZIP code 00000");
        assertThat(only(say("9411"))).contains("5 digits");
    }

    /** The simulator cannot receive alerts: ALERTS says where they come instead, and nothing is stored. */
    @Test
    void alertsInTheSimulatorSayWhereAlertsCome() {
        assertThat(only(say("ALERTS 60614"))).contains("text message or Discord", "ALERTS");
        assertThat(TestDatabase.jdbc().sql("select count(*) from alert_subscriber where channel = 'WEB'")
                .query(Long.class).single()).isZero();
    }

    /** Without a phone to reach, the email cannot be skipped, so SKIP is never offered and never loops. */
    @Test
    void theWebFormNeverOffersASkipThatDoesNotWork() {
        assertThat(only(say("JOIN"))).contains("What is its name").doesNotContain("to stop");
        say("Grace Church");
        say("2");
        say("94110");
        String email = only(say("Ana Ruiz"));
        assertThat(email).contains("email").doesNotContain("SKIP");
        assertThat(only(say("skip"))).contains("email").doesNotContain("SKIP");
        assertThat(only(say("not an email"))).contains("does not look like an email").doesNotContain("SKIP");
        assertThat(only(say("back"))).contains("contact person");
        say("Ana Ruiz");
        assertThat(only(say("ana@example.org"))).contains("May partners see this email");
    }

    @Test
    void nonsenseGetsAUsefulPointer() {
        assertThat(only(say("blorp zzz"))).as("a newcomer: the welcome").contains("ESPAÑOL", "HELP");
        say("English");
        assertThat(only(say("blorp zzz"))).contains("did not understand", "HELP");
    }

    @Test
    void badRequestsGetA400WithTheReason() {
        HttpResponse<String> notJson = postJson(port, "/api/simulator", "{bad");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"error\"");

        HttpResponse<String> badSender = postJson(port, "/api/simulator", "{\"sender\":\"x\",\"text\":\"hi\"}");
        assertThat(badSender.statusCode()).isEqualTo(400);
        assertThat(badSender.body()).contains("sender");

        HttpResponse<String> noText = postJson(port, "/api/simulator", "{\"sender\":\"web-12345678\"}");
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("text");

        HttpResponse<String> tooLong = simulate(port, SENDER, "a".repeat(1601));
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void healthIsUpWithTheDatabase() {
        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.get("components").get("db").get("status").asString()).isEqualTo("UP");
    }
}
