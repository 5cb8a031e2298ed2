package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.alerts.Alerts;
import org.beloved.counties.CampaignStatus;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
import org.beloved.counties.DetainerPolicy;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingCheckIns;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.RegistrationResult;
import org.beloved.directory.StaleListing;
import org.beloved.directory.Tradition;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditEvent;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.Organizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's pages over real HTTP, signed in with a code the fake Twilio received: a claim handed
 * over beside its listing, a search, an organizer added and deactivated (who then loses the console at
 * the next request), the audit log filtered, and the export downloaded with the session, each action
 * audited with the organizer's name.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native",
                "spring.quartz.properties.org.quartz.scheduler.instanceName=console-pages-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsolePagesTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final String ANA = "+14155550164";
    private static final String BEN = "+14155550165";

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog audit;

    @Autowired
    Counties counties;

    @Autowired
    Alerts alerts;

    @Autowired
    ListingCheckIns checkIns;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @BeforeEach
    void organizer() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        roster.add(new NewOrganizer("Ana Ruiz", null, ANA), Actor.settings());
    }

    private ConsoleClient signedIn(String phone, String client) throws InterruptedException {
        return ConsoleClient.signedIn(port, client, TWILIO, phone);
    }


    private long register(String name, String contact, String email, Channel channel, String sender) {
        RegistrationResult result = directory.register(new NewCongregation(name, Tradition.QUAKER, "94110", null, contact,
                email, null, null, true, false, channel, sender));
        return result.claimId() != null ? result.claimId() : result.id();
    }

    @Test
    void aClaimIsHandedOverBesideItsListingAndListingsAreSearched() throws Exception {
        long listing = register("Mission Friends", "Ruth Fell", "ruth@example.org", Channel.SMS, "+14155550170");
        directory.approve(listing);
        long claim = register("Mission Friends", "Sam Penn", "sam@example.org", Channel.SMS, "+14155550171");
        ConsoleClient ana = signedIn(ANA, "198.51.100.1");

        HttpResponse<String> page = ana.get("/organize/listings");
        assertThat(page.body()).contains("claim-" + claim, "ruth@example.org", "sam@example.org");
        HttpResponse<String> handed = ana.post("/organize/claims/" + claim + "/hand-over", Map.of());
        assertThat(handed.statusCode()).isEqualTo(302);
        assertThat(ana.follow(handed).body()).contains("Handed over: Mission Friends")
                .doesNotContain("claim-" + claim);
        assertThat(directory.find(listing).orElseThrow().contactEmail()).isEqualTo("sam@example.org");

        HttpResponse<String> found = ana.get("/organize/listings?q=mission&status=LISTED");
        assertThat(found.body()).contains("result-" + listing);
        assertThat(ana.get("/organize/listings?q=nowhere").body()).contains("No listing matches.");

        assertThat(audit.newest(null, "claim.hand-over", 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .satisfies(e -> assertThat(e.recordId()).isEqualTo(Long.toString(listing)));
    }

    @Test
    void anOrganizerAddedInTheConsoleSignsInAndLosesItWhenDeactivated() throws Exception {
        ConsoleClient ana = signedIn(ANA, "198.51.100.2");
        ana.get("/organize/organizers");
        HttpResponse<String> added = ana.post("/organize/organizers",
                Map.of("displayName", "Ben Ortiz", "phone", "(415) 555-0165", "discordUserId", ""));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(ana.follow(added).body()).contains("Added: Ben Ortiz.");
        Organizer ben = roster.activeWithPhone(BEN).orElseThrow();
        assertThat(ben.addedBy()).isEqualTo("Ana Ruiz");

        ana.get("/organize/organizers");
        assertThat(ana.follow(ana.post("/organize/organizers", Map.of("displayName", "", "phone", "", "discordUserId", "")))
                .body()).contains("displayName must be 1 to 100 characters");

        ConsoleClient benBrowser = signedIn(BEN, "198.51.100.3");
        assertThat(benBrowser.get("/organize/today").statusCode()).isEqualTo(200);
        ana.get("/organize/organizers");
        assertThat(ana.post("/organize/organizers/" + ben.id() + "/deactivate", Map.of()).statusCode()).isEqualTo(302);
        assertThat(roster.activeWithPhone(BEN)).isEmpty();
        HttpResponse<String> after = benBrowser.get("/organize/today");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/organize");

        List<AuditEvent> changes = audit.newest(null, 50).stream()
                .filter(e -> e.action().equals("organizer.add") || e.action().equals("organizer.remove"))
                .filter(e -> e.actor().equals("Ana Ruiz")).toList();
        assertThat(changes).extracting(AuditEvent::action).containsExactly("organizer.remove", "organizer.add");
    }

    @Test
    void theAuditLogIsFilteredAndTheExportDownloadsWithTheSession() throws Exception {
        ConsoleClient ana = signedIn(ANA, "198.51.100.4");
        ana.get("/organize/export");
        HttpResponse<String> export = ana.post("/organize/export/download", Map.of());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        assertThat(export.body()).startsWith("{\"type\":\"beloved-export\"").contains("\"type\": \"organizer\"")
                .contains("beloved-export-end");
        assertThat(audit.newest(null, "data.export", 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"));

        String filtered = ana.get("/organize/audit?action=data.export").body();
        assertThat(filtered).contains("data.export").doesNotContain("console.sign-in</td>");
        String all = ana.get("/organize/audit").body();
        assertThat(all).contains("data.export", "console.sign-in", "organizer.add");
        assertThat(ana.get("/organize/audit?since=2999-01-01").body()).contains("No event matches.");
    }

    @Test
    void theTodayPageCountsWhatWaitsAndDrawsTheLastThirtyDays() throws Exception {
        register("Pending Parish", "Rosa Diaz", "rosa@example.org", Channel.WEB, null);
        ConsoleClient ana = signedIn(ANA, "198.51.100.5");
        String today = ana.get("/organize/today").body();
        assertThat(today).contains("Pending Parish", "Reminders go to 0 subscribers");
        assertThat(today).contains("<svg", "chart-subscribers", "chart-texts", "chart-failures", "chart-segments");
        assertThat(Pattern.compile("<tr>\\s*<th scope=\"row\">").matcher(today).results().count()).isEqualTo(120);
        assertThat(directory.search("pending", Congregation.Status.PENDING, 10)).hasSize(1);
    }

    @Test
    void aCountyIsFoundAndItsRecordEditedWithProblemsShownInThePage() throws Exception {
        ConsoleClient ana = signedIn(ANA, "198.51.100.6");
        assertThat(ana.get("/organize/counties?state=CA&q=san%20fran").body()).contains("county-06075");
        assertThat(ana.get("/organize/counties?lang=es&fips=06075").body()).contains("Guardar el condado", "San Francisco");

        HttpResponse<String> refused = ana.post("/organize/counties/06075", Map.of("detainerPolicy", "declines",
                "sourceUrl", "ftp://nowhere", "meetingBody", "Board of Supervisors", "meetingStart", "2099-01-05T14:00",
                "meetingTimeZone", "America/Los_Angeles"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"", "sourceUrl", "Board of Supervisors");
        assertThat(counties.find("06075").orElseThrow().recorded()).isFalse();

        HttpResponse<String> saved = ana.post("/organize/counties/06075", Map.of("detainerPolicy", "declines",
                "agreement287g", "none", "policyNote", "Sanctuary ordinance", "sourceUrl", "https://sf.gov/policy",
                "reviewedOn", "2026-11-01", "campaignStatus", "active", "meetingBody", "Board of Supervisors",
                "meetingStart", "2099-01-05T14:00", "meetingTimeZone", "America/Los_Angeles", "meetingUrl", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(ana.follow(saved).body()).contains("Saved: ", "San Francisco, CA.", "Sanctuary ordinance");
        County county = counties.find("06075").orElseThrow();
        assertThat(county.detainerPolicy()).isEqualTo(DetainerPolicy.DECLINES);
        assertThat(county.campaignStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(county.nextMeeting()).hasValueSatisfying(m -> assertThat(m.body()).isEqualTo("Board of Supervisors"));

        ana.post("/organize/counties/06075", Map.of("detainerPolicy", "declines", "meetingBody", "Board of Supervisors",
                "meetingStart", "2099-01-05T14:00", "meetingTimeZone", "America/Los_Angeles", "clearMeeting", "true"));
        assertThat(counties.find("06075").orElseThrow().nextMeeting()).isEmpty();
        assertThat(audit.newest(null, "county.edit", 10)).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .allSatisfy(e -> assertThat(e.recordId()).isEqualTo("06075"));
    }

    @Test
    void anAlertIsPreviewedThenSentOnlyAfterConfirmationAndItsCountsShown() throws Exception {
        HttpResponse<String> optIn = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(7701), "+14155550181", "ALERTS 94110"));
        assertThat(optIn.body()).contains("San Francisco, CA");
        ConsoleClient ana = signedIn(ANA, "198.51.100.7");
        ana.get("/organize/alerts");

        HttpResponse<String> refused = ana.post("/organize/alerts", Map.of("text", "Vote Tuesday", "textEs", "",
                "counties", "06075", "channels", "sms"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"", "textEs is required", "Vote Tuesday");

        HttpResponse<String> drafted = ana.post("/organize/alerts", Map.of("text", "The Board votes Tuesday 10am.",
                "textEs", "La Junta vota el martes a las 10.", "counties", "06075", "channels", "sms"));
        assertThat(drafted.statusCode()).isEqualTo(302);
        String location = drafted.headers().firstValue("Location").orElseThrow();
        long alert = Long.parseLong(location.replaceAll(".*/organize/alerts/(\\d+).*", "$1"));
        String preview = ana.follow(drafted).body();
        assertThat(preview).containsPattern("id=\"preview-recipients\">1<").containsPattern("id=\"preview-sms\">1<")
                .contains("id=\"preview-segments-en\">1 segments each", "id=\"alert-send\"")
                .doesNotContain("id=\"alert-confirm-send\"");
        assertThat(alerts.find(alert).orElseThrow().sent()).as("nothing goes before the confirmation").isEmpty();

        String confirm = ana.get("/organize/alerts/" + alert + "?confirm=true").body();
        assertThat(confirm).contains("Send this alert to 1 recipients now?", "id=\"alert-confirm-send\"");
        HttpResponse<String> sent = ana.post("/organize/alerts/" + alert + "/send", Map.of());
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(ana.follow(sent).body()).contains("Sent: 1 messages enqueued.")
                .containsPattern("id=\"report-enqueued\">1<").contains("id=\"alert-refresh\"");
        assertThat(ana.get("/organize/alerts/" + alert + "?lang=es").body()).contains("Actualizar los números");
        assertThat(ana.get("/organize/today").body()).contains("The Board votes Tuesday 10am.");

        assertThat(audit.newest(null, 50)).filteredOn(e -> e.action().startsWith("alert."))
                .extracting(AuditEvent::action).containsExactly("alert.read", "alert.read", "alert.send", "alert.read",
                        "alert.read", "alert.create");
        assertThat(audit.newest(null, "alert.send", 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .satisfies(e -> assertThat(e.recordId()).isEqualTo(Long.toString(alert)));
    }

    @Test
    void aListingTheCheckInHidIsOnTodayAndRestoredFromListings() throws Exception {
        long listing = register("Quiet Meeting", "Ruth Fell", "ruth@example.org", Channel.WEB, null);
        directory.approve(listing);
        TestDatabase.jdbc().sql("update congregation set created_at = now() - interval '100 days' where id = ?")
                .param(listing).update();
        TestDatabase.jdbc().sql("update listing_freshness set confirmed_at = now() - interval '100 days'"
                + " where congregation_id = ?").param(listing).update();
        checkIns.run();
        assertThat(checkIns.stale(10)).extracting(StaleListing::id).containsExactly(listing);
        ConsoleClient ana = signedIn(ANA, "198.51.100.8");
        assertThat(ana.get("/organize/today").body()).contains("today-stale", "Quiet Meeting");
        assertThat(ana.get("/organize/listings?lang=es").body()).contains("stale-" + listing, "Restaurar")
                .containsPattern("id=\"stale-edit-" + listing + "\"[^>]*href=\"/organize/listings/" + listing + "\\?lang=es\"");

        HttpResponse<String> restored = ana.post("/organize/listings/" + listing + "/restore", Map.of());
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(ana.follow(restored).body()).contains("Restored: Quiet Meeting").doesNotContain("stale-" + listing);
        assertThat(directory.find(listing).orElseThrow().status()).isEqualTo(Congregation.Status.LISTED);
        ana.get("/organize/listings");
        assertThat(ana.follow(ana.post("/organize/listings/" + listing + "/restore", Map.of())).body())
                .contains("That listing is not hidden any more.");
        assertThat(audit.newest(null, "listing.restore", 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .satisfies(e -> assertThat(e.recordId()).isEqualTo(Long.toString(listing)));
    }
}
