package org.beloved.app.organizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organizers named by the settings exist once the application has started, audited as added by
 * {@code settings}. Not a clean-database test on purpose: what is checked is what start-up wrote.
 */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.admin.token=organizer-secret",
                "beloved.organizers.discord-user-ids=100000000000000041, 100000000000000042",
                "beloved.organizers.phones=+14155550141"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class OrganizerBootstrapTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Test
    void theOrganizersOfTheSettingsAreThereAfterStartUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/admin/organizers"))
                .header("Authorization", "Bearer organizer-secret").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        // Other test classes of this JVM may have left organizers of their own: look at these three.
        List<String> fromSettings = new java.util.ArrayList<>();
        JSON.readTree(response.body()).forEach(o -> {
            String who = o.has("discordUserId") ? "discord " + o.get("discordUserId").asString()
                    : "phone " + o.path("phone").asString();
            if (List.of("discord ***41", "discord ***42", "phone ***41").contains(who)) {
                fromSettings.add(who + " added by " + o.get("addedBy").asString());
            }
        });
        assertThat(fromSettings).containsExactlyInAnyOrder("discord ***41 added by settings",
                "discord ***42 added by settings", "phone ***41 added by settings");
        assertThat(roster.onDiscord("100000000000000041")).isPresent();
        assertThat(roster.onDiscord("100000000000000042")).isPresent();

        assertThat(roster.bootstrap(new org.beloved.organizers.OrganizerSettings(
                List.of("100000000000000041", "100000000000000042"), List.of("+14155550141"))))
                .as("a second start adds nothing").isZero();
        assertThat(TestDatabase.jdbc().sql("""
                select count(*) from audit_event where actor = 'settings' and action = 'organizer.add'
                  and record_id in (select id::text from organizer where discord_user_id in ('100000000000000041', '100000000000000042')
                                    or phone = '+14155550141')
                """).query(Long.class).single()).isEqualTo(3);
    }
}
