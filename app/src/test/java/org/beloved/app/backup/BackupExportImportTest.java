package org.beloved.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingCheckIns;
import org.beloved.messaging.OptOuts;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.webinars.Subscriptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup as an operator makes and restores it: {@code GET /api/admin/export} from one instance,
 * then a second instance on a fresh embedded database started with {@code --beloved.import=<file>}
 * answers the same ZIP searches, lists the same webinars with their reminder triggers, keeps the
 * subscription, the alert opt-in, the organizer and the county record, and still honors the STOP. A file cut short is refused (and
 * changes nothing), and so is the whole file by a database that already holds records.
 */
class BackupExportImportTest {

    private static final String TOKEN = "backup-secret";
    private static final String STOPPED = "+14155550188";
    private static final String SUBSCRIBER = "+14155550177";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final FakeTwilio TWILIO = FakeTwilio.start();

    @TempDir
    Path tmp;

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--beloved.embedded-db.dir=" + dataDir,
                "--spring.datasource.url=", "--beloved.admin.token=" + TOKEN, "--beloved.directory.auto-approve=true",
                "--beloved.messaging.dispatch-enabled=false", "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN, "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER, "--beloved.sms.api-base-url=" + TWILIO.baseUrl()));
        args.addAll(List.of(more));
        return new SpringApplication(BelovedApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class));
    }

    private static void signUp(int port, String name) throws Exception {
        HttpResponse<String> response = AdminHttp.send(port, "POST", "/api/registrations", null, """
                {"name": "%s", "tradition": "QUAKER", "zip": "94110", "streetAddress": "12 Hidden Lane",
                 "contactName": "Ruth Fell", "contactEmail": "ruth@example.org", "contactPhone": "+14155550199",
                 "website": "https://friends.example.org", "showEmail": true, "showPhone": false}
                """.formatted(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** A second web sign-up for a listing already there: a claim that waits for an organizer. */
    private static void claim(int port, String name) throws Exception {
        HttpResponse<String> response = AdminHttp.send(port, "POST", "/api/registrations", null, """
                {"name": "%s", "tradition": "QUAKER", "zip": "94110", "contactName": "Tom Claimant",
                 "contactEmail": "tom@example.org", "showEmail": false}
                """.formatted(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    /**
     * A listing nobody can be asked about (a web sign-up without a phone), registered 91 days ago: the
     * check-in hides it for an organizer, which is state the export must carry.
     */
    private static void staleListing(ConfigurableApplicationContext context, int port) throws Exception {
        HttpResponse<String> response = AdminHttp.send(port, "POST", "/api/registrations", null, """
                {"name": "Quiet Meeting", "tradition": "QUAKER", "zip": "94110", "contactName": "Ruth Fell",
                 "contactEmail": "quiet@example.org", "showEmail": true}
                """);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        jdbc(context).sql("update congregation set created_at = created_at - interval '91 days' where name = 'Quiet Meeting'")
                .update();
        assertThat(context.getBean(ListingCheckIns.class).run().hiddenNoChannel()).isEqualTo(1);
    }

    private static HttpResponse<String> text(int port, int sid, String from, String body) {
        return TwilioWebhooks.signedPost(port, "/sms/inbound", TwilioWebhooks.sms("SM%032d".formatted(sid), from, body));
    }

    @Test
    void anExportImportedIntoAFreshDatabaseAnswersTheSameAndARefilledOneIsRefused() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = tmp.resolve("beloved-export.jsonl");
        String partners;
        String webinars;
        String stale;
        String travis;
        try (ConfigurableApplicationContext source = start(tmp.resolve("a").resolve("postgres"),
                "--beloved.organizers.phones=+14155550100")) {
            int port = port(source);
            signUp(port, "Mission Friends");
            signUp(port, "Valencia Meeting");
            claim(port, "Mission Friends");
            HttpResponse<String> created = AdminHttp.send(port, "POST", "/api/admin/webinars", TOKEN, """
                    {"title": "Know your county", "description": "Public records, step by step",
                     "start": "2030-12-08T19:00", "timeZone": "America/Chicago", "durationMinutes": 60,
                     "joinUrl": "https://meet.example.org/abc", "language": "en"}
                    """);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> county = AdminHttp.send(port, "PUT", "/api/admin/counties/48453", TOKEN, """
                    {"detainerPolicy": "declines", "agreement287g": "none", "policyNote": "No holds without a warrant.",
                     "sourceUrl": "https://example.org/travis", "reviewedOn": "2026-11-20", "campaignStatus": "active",
                     "nextMeeting": {"body": "Commissioners Court", "start": "2030-12-10T09:00",
                                     "timeZone": "America/Chicago", "url": "https://example.org/agenda"}}
                    """);
            assertThat(county.statusCode()).as(county.body()).isEqualTo(200);
            source.getBean(Subscriptions.class).subscribe(Channel.SMS, SUBSCRIBER, ZoneId.of("America/Chicago"));
            assertThat(text(port, 1, STOPPED, "STOP").statusCode()).isEqualTo(200);
            staleListing(source, port);
            assertThat(text(port, 10, SUBSCRIBER, "ALERTAS 60614").body()).contains("Alertas activadas");
            assertThat(source.getBean(OptOuts.class).isOptedOut(Channel.SMS, STOPPED)).isTrue();

            stale = AdminHttp.send(port, "GET", "/api/admin/listings?stale=true", TOKEN, null).body();
            assertThat(JSON.readTree(stale).get("listings")).singleElement()
                    .satisfies(l -> assertThat(l.get("reason").asString()).isEqualTo("no-channel"));
            partners = get(port, "/api/partners?zip=94110&limit=20").body();
            travis = get(port, "/api/counties/48453").body();
            webinars = get(port, "/api/webinars").body();
            assertThat(JSON.readTree(partners).get("partners")).hasSize(2);
            assertThat(JSON.readTree(webinars).get("webinars")).hasSize(1);

            assertThat(AdminHttp.send(port, "GET", "/api/admin/export", null, null).statusCode()).isEqualTo(401);
            HttpResponse<String> export = AdminHttp.send(port, "GET", "/api/admin/export", TOKEN, null);
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
            Files.writeString(file, export.body());
        }

        List<String> lines = Files.readAllLines(file);
        JsonNode header = JSON.readTree(lines.get(0));
        assertThat(header.get("type").asString()).isEqualTo("beloved-export");
        assertThat(header.get("version").asInt()).isEqualTo(1);
        assertThat(header.get("exportedAt").asString()).isNotBlank();
        List<String> types = lines.stream().skip(1).limit(lines.size() - 2).map(l -> JSON.readTree(l).get("type").asString()).toList();
        assertThat(types).contains("congregation", "congregation_claim", "listing_freshness", "organizer", "webinar", "subscription", "opt_out",
                "hash_key", "audit", "county", "alert_subscriber");
        JsonNode congregation = JSON.readTree(lines.get(types.indexOf("congregation") + 1));
        assertThat(congregation.get("status").asString()).isEqualTo("listed");
        assertThat(congregation.get("show_email").asBoolean()).isTrue();
        assertThat(congregation.get("show_phone").asBoolean()).isFalse();
        assertThat(lines).noneMatch(l -> l.contains(STOPPED)).as("opt-outs are exported as their hash");
        assertThat(lines).anyMatch(l -> l.contains("\"type\": \"audit\"") && l.contains("data.export"));

        assertThat(JSON.readTree(lines.get(lines.size() - 1)).get("type").asString()).isEqualTo("beloved-export-end");
        assertThat(JSON.readTree(lines.get(lines.size() - 1)).get("records").asInt()).isEqualTo(lines.size() - 2);

        Path fresh = tmp.resolve("b").resolve("postgres");
        Path cut = tmp.resolve("cut.jsonl");
        Files.write(cut, lines.subList(0, lines.size() - 1));
        assertThatThrownBy(() -> start(fresh, "--beloved.import=" + cut).close())
                .hasStackTraceContaining("the export was cut short");
        try (ConfigurableApplicationContext restored = start(fresh, "--beloved.import=" + file)) {
            int port = port(restored);
            assertThat(JSON.readTree(get(port, "/api/partners?zip=94110&limit=20").body()))
                    .isEqualTo(JSON.readTree(partners));
            assertThat(JSON.readTree(get(port, "/api/webinars").body())).isEqualTo(JSON.readTree(webinars));
            assertThat(JSON.readTree(AdminHttp.send(port, "GET", "/api/admin/listings?stale=true", TOKEN, null).body()))
                    .as("the check-in's state came along").isEqualTo(JSON.readTree(stale));
            JsonNode county = JSON.readTree(get(port, "/api/counties/48453").body());
            assertThat(county).as("the county record came back whole").isEqualTo(JSON.readTree(travis));
            assertThat(county.get("recorded").asBoolean()).isTrue();
            assertThat(county.get("nextMeeting").get("start").asString()).isEqualTo("2030-12-10T09:00");
            assertThat(restored.getBean(Directory.class).pendingClaims(10)).as("the claim waits for an organizer still")
                    .singleElement().satisfies(c -> assertThat(c.contactName()).isEqualTo("Tom Claimant"));
            assertThat(restored.getBean(OptOuts.class).isOptedOut(Channel.SMS, STOPPED)).isTrue();
            assertThat(restored.getBean(OptOuts.class).isOptedOut(Channel.SMS, SUBSCRIBER)).isFalse();
            HttpResponse<String> stopped = text(port, 2, STOPPED, "94110");
            assertThat(stopped.statusCode()).isEqualTo(200);
            assertThat(stopped.body()).as("the STOP still holds: no answer").doesNotContain("<Message");
            assertThat(text(port, 3, SUBSCRIBER, "94110").body()).as("anyone else is answered").contains("<Message");
            assertThat(restored.getBean(Subscriptions.class).zoneOf(Channel.SMS, SUBSCRIBER))
                    .contains(ZoneId.of("America/Chicago"));
            JdbcClient db = jdbc(restored);
            assertThat(db.sql("select zip || ' ' || language || ' ' || county_fips || ' ' || time_zone from alert_subscriber"
                    + " where channel = 'SMS' and address = ?").param(SUBSCRIBER).query(String.class).single())
                    .as("the alert opt-in, with its place, language and county").isEqualTo("60614 es 17031 America/Chicago");
            long webinarId = db.sql("select id from webinar").query(Long.class).single();
            assertThat(db.sql("select count(*) from qrtz_triggers where job_name = ?").param("webinar-" + webinarId)
                    .query(Long.class).single()).as("both reminders scheduled again").isEqualTo(2);
            assertThat(db.sql("select count(*) from organizer where phone = '+14155550100'").query(Long.class).single())
                    .isEqualTo(1);
            HttpResponse<String> another = AdminHttp.send(port, "POST", "/api/registrations", null, """
                    {"name": "Third Church", "tradition": "QUAKER", "zip": "94110", "contactName": "Ann Lee",
                     "contactEmail": "ann@example.org", "showEmail": true, "showPhone": false}
                    """);
            assertThat(another.statusCode()).as("the id sequence moved past the imported ids: " + another.body())
                    .isEqualTo(201);
        }

        assertThatThrownBy(() -> start(fresh, "--beloved.import=" + file).close())
                .hasStackTraceContaining("beloved.import: the database is not empty");
    }
}
