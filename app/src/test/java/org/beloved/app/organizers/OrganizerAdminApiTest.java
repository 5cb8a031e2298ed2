package org.beloved.app.organizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The organizers and audit admin endpoints over real HTTP, on the real database. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=organizer-secret")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class OrganizerAdminApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "organizer-secret";
    private static final String ANA = "100000000000000031";

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return AdminHttp.send(port, method, path, token, body);
    }

    private JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private List<String> auditActions(String query) throws Exception {
        List<String> actions = new ArrayList<>();
        ok(send("GET", "/api/admin/audit" + query, TOKEN, null), 200).get("events")
                .forEach(e -> actions.add(e.get("action").asString()));
        return actions;
    }

    /** A field's text, or "-" when it is null or absent. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "-" : value.asString();
    }

    private static final String WEBINAR = """
            {"title": "Know your county", "description": "", "start": "2030-12-08T19:00", "timeZone": "America/Chicago",
             "durationMinutes": 60, "joinUrl": "https://meet.example.org/abc", "language": "en"}
            """;

    @Test
    void organizersAreAddedListedAndRemovedAndTheirNumbersAreMasked() throws Exception {
        JsonNode added = ok(send("POST", "/api/admin/organizers", TOKEN,
                "{\"displayName\": \"Ana Ruiz\", \"discordUserId\": \"" + ANA + "\", \"phone\": \"+14155550123\"}"), 201);
        long id = added.get("id").asLong();
        assertThat(added.get("displayName").asString()).isEqualTo("Ana Ruiz");
        assertThat(added.get("discordUserId").asString()).isEqualTo("***31");
        assertThat(added.get("phone").asString()).isEqualTo("***23");
        assertThat(added.get("active").asBoolean()).isTrue();
        assertThat(added.get("addedBy").asString()).isEqualTo("admin-token");
        assertThat(roster.onDiscord(ANA)).as("counts on Discord at once").isPresent();

        JsonNode list = ok(send("GET", "/api/admin/organizers", TOKEN, null), 200);
        assertThat(list).hasSize(1);
        assertThat(list.toString()).doesNotContain(ANA, "+14155550123");

        JsonNode removed = ok(send("DELETE", "/api/admin/organizers/" + id, TOKEN, null), 200);
        assertThat(removed.get("status").asString()).isEqualTo("removed");
        assertThat(roster.onDiscord(ANA)).isEmpty();
        assertThat(ok(send("GET", "/api/admin/organizers", TOKEN, null), 200).get(0).get("active").asBoolean()).isFalse();
        assertThat(send("DELETE", "/api/admin/organizers/" + id, TOKEN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadOrDuplicateOrganizerIsA400ThatSaysWhy() throws Exception {
        assertThat(send("POST", "/api/admin/organizers", TOKEN, null).statusCode()).isEqualTo(400);
        assertThat(ok(send("POST", "/api/admin/organizers", TOKEN, "{\"displayName\": \"\", \"discordUserId\": \"42\"}"), 400)
                .get("error").asString()).contains("displayName", "discordUserId must be a Discord user id");
        assertThat(ok(send("POST", "/api/admin/organizers", TOKEN, "{\"displayName\": \"Ana\"}"), 400).get("error").asString())
                .contains("give a discordUserId or a phone");
        assertThat(send("POST", "/api/admin/organizers", TOKEN, "not json").statusCode()).isEqualTo(400);
        assertThat(send("DELETE", "/api/admin/organizers/abc", TOKEN, null).statusCode()).isEqualTo(400);
        ok(send("POST", "/api/admin/organizers", TOKEN, "{\"displayName\": \"Ana\", \"discordUserId\": \"" + ANA + "\"}"), 201);
        assertThat(ok(send("POST", "/api/admin/organizers", TOKEN, "{\"displayName\": \"Ana\", \"discordUserId\": \"" + ANA + "\"}"), 400)
                .get("error").asString()).contains("already an organizer");
    }

    @Test
    void withoutTheTokenEveryAdminEndpointIs401() throws Exception {
        for (String token : new String[] {null, "guess"}) {
            for (String[] call : new String[][] {{"GET", "/api/admin/organizers"}, {"POST", "/api/admin/organizers"},
                    {"DELETE", "/api/admin/organizers/1"}, {"GET", "/api/admin/audit"}, {"GET", "/api/admin/audit?limit=abc"}}) {
                HttpResponse<String> response = send(call[0], call[1], token, "POST".equals(call[0]) ? "{}" : null);
                assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            }
        }
        assertThat(auditActions("")).as("refused calls did nothing").isEmpty();
    }

    @Test
    void everyAdminActionIsAuditedAndTheLogIsReadNewestFirst() throws Exception {
        long webinar = ok(send("POST", "/api/admin/webinars", TOKEN, WEBINAR), 201).get("id").asLong();
        ok(send("PUT", "/api/admin/webinars/" + webinar, TOKEN, WEBINAR.replace("19:00", "20:00")), 200);
        ok(send("DELETE", "/api/admin/webinars/" + webinar, TOKEN, null), 200);
        long organizer = ok(send("POST", "/api/admin/organizers", TOKEN,
                "{\"displayName\": \"Ana\", \"phone\": \"+14155550123\"}"), 201).get("id").asLong();
        ok(send("DELETE", "/api/admin/organizers/" + organizer, TOKEN, null), 200);
        ok(send("GET", "/api/admin/organizers", TOKEN, null), 200);

        JsonNode events = ok(send("GET", "/api/admin/audit", TOKEN, null), 200).get("events");
        List<String> rows = new ArrayList<>();
        events.forEach(e -> rows.add(text(e, "action") + " " + text(e, "recordType") + "/" + text(e, "recordId") + " by "
                + text(e, "actor") + " on " + text(e, "channel")));
        assertThat(rows).containsExactly(
                "organizer.list -/- by admin-token on admin-api",
                "organizer.remove organizer/" + organizer + " by admin-token on admin-api",
                "organizer.add organizer/" + organizer + " by admin-token on admin-api",
                "webinar.cancel webinar/" + webinar + " by admin-token on admin-api",
                "webinar.edit webinar/" + webinar + " by admin-token on admin-api",
                "webinar.create webinar/" + webinar + " by admin-token on admin-api");
        assertThat(text(events.get(0), "organizerId")).isEqualTo("-");
        assertThat(events.get(0).get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        assertThat(auditActions("?limit=2")).as("reading the log is audited too").containsExactly("audit.read", "organizer.list");
        String newest = events.get(0).get("at").asString();
        assertThat(auditActions("?since=" + newest + "&limit=1000")).startsWith("audit.read").contains("organizer.list")
                .doesNotContain("webinar.create");
        assertThat(auditActions("?since=2999-01-01T00:00:00Z")).isEmpty();
        assertThat(send("POST", "/api/admin/webinars", TOKEN, "{\"title\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/admin/webinars/" + webinar, TOKEN, WEBINAR).statusCode()).as("cancelled").isEqualTo(404);
        JsonNode refused = ok(send("GET", "/api/admin/audit?limit=3", TOKEN, null), 200).get("events");
        assertThat(List.of(text(refused.get(0), "action") + " " + text(refused.get(0), "recordId"),
                text(refused.get(1), "action") + " " + text(refused.get(1), "recordId")))
                .as("a refused call changed nothing, and says so").containsExactly(
                        "admin-api.refused PUT /api/admin/webinars/" + webinar + " 404",
                        "admin-api.refused POST /api/admin/webinars 400");
        assertThat(text(refused.get(0), "actor")).isEqualTo("admin-token");
    }

    @Test
    void badSinceOrLimitIsA400ThatSaysWhy() throws Exception {
        for (String query : new String[] {"?since=yesterday", "?since=2026-11-30", "?since=2026-11-30T08:00"}) {
            assertThat(ok(send("GET", "/api/admin/audit" + query, TOKEN, null), 400).get("error").asString())
                    .as(query).contains("since must be an ISO instant");
        }
        for (String query : new String[] {"?limit=0", "?limit=1001", "?limit=ten", "?limit=-1"}) {
            assertThat(ok(send("GET", "/api/admin/audit" + query, TOKEN, null), 400).get("error").asString())
                    .as(query).contains("limit must be a whole number from 1 to 1000");
        }
        assertThat(auditActions("?limit=1000&since=2000-01-01T00:00:00Z")).as("each refused read, once")
                .hasSize(7).containsOnly("admin-api.refused");
    }
}
