package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beloved.BelovedApplication;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingEdit;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditEvent;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A listing edited in the console over real HTTP, signed in with a code the fake Twilio received:
 * the Edit buttons of the queue and of the search lead to a form filled with the listing; saving
 * changes only what the organizer changed (a change made meanwhile to another field stays), the map
 * and the partner search show the new name at once and the email only while its box is ticked, a
 * refused edit shows its problems with what was typed, a field the organizer changed that someone
 * else changed meanwhile to something else is a conflict (nothing saved, the page shows it as it is
 * now with the organizer's changes kept), and each edit is audited with the organizer's name.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native",
                "spring.quartz.properties.org.quartz.scheduler.instanceName=console-listing-edit-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsoleListingEditTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANA = "+14155550164";

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog audit;

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

    private ConsoleClient signedIn() throws InterruptedException {
        return ConsoleClient.signedIn(port, "198.51.100.40", TWILIO, ANA);
    }

    /** Ana signed in, with the listing's edit page opened (as a browser would, before posting it). */
    private ConsoleClient editing(long listing) throws InterruptedException {
        ConsoleClient ana = signedIn();
        ana.get("/organize/listings/" + listing);
        return ana;
    }

    private Congregation stored(long listing) {
        return directory.find(listing).orElseThrow();
    }

    private long register(String name, String email) {
        return directory.register(new NewCongregation(name, Tradition.QUAKER, "94110", "1 Private Lane", "Ruth Fell",
                email, null, null, false, false, Channel.WEB, null)).id();
    }

    /** The form as the page sends it: the fields as typed, each beside what the page showed. */
    private static Map<String, String> form(Congregation shown, String name, String zip, String contactName,
            boolean showEmail) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("tradition", shown.tradition().name());
        form.put("zip", zip);
        form.put("streetAddress", shown.streetAddress());
        form.put("contactName", contactName);
        form.put("contactEmail", shown.contactEmail());
        form.put("contactPhone", shown.contactPhone() == null ? "" : shown.contactPhone());
        form.put("website", "");
        if (showEmail) {
            form.put("showEmail", "true");   // an unticked box is not sent at all
        }
        form.put("wasName", shown.name());
        form.put("wasTradition", shown.tradition().name());
        form.put("wasZip", shown.zip());
        form.put("wasStreetAddress", shown.streetAddress());
        form.put("wasContactName", shown.contactName());
        form.put("wasContactEmail", shown.contactEmail());
        form.put("wasContactPhone", shown.contactPhone() == null ? "" : shown.contactPhone());
        form.put("wasWebsite", "");
        form.put("wasShowEmail", Boolean.toString(shown.showEmail()));
        form.put("wasShowPhone", Boolean.toString(shown.showPhone()));
        return form;
    }

    private JsonNode mapProperties() {
        JsonNode features = JSON.readTree(get(port, "/api/congregations.geojson").body()).get("features");
        assertThat(features).hasSize(1);
        return features.get(0).get("properties");
    }

    @Test
    void aListingIsEditedFromItsEditButtonAndTheMapShowsItAtOnce() throws Exception {
        long listing = register("Mission Friends", "ruth@example.org");
        directory.approve(listing);
        long pending = register("Pending Parish", "rosa@example.org");
        ConsoleClient ana = signedIn();

        assertThat(ana.get("/organize/listings").body()).contains("id=\"edit-" + pending + "\"",
                "href=\"/organize/listings/" + pending + "?lang=en\"");
        assertThat(ana.get("/organize/listings?q=mission").body()).contains("id=\"result-edit-" + listing + "\"");
        assertThat(ana.get("/organize/listings/" + listing + "?lang=es").body())
                .contains("Mostrar este correo al público", "Guardar la congregación");
        HttpResponse<String> page = ana.get("/organize/listings/" + listing);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"Mission Friends\"", "value=\"ruth@example.org\"",
                "Show this email publicly").doesNotContainPattern("id=\"showEmail\"[^>]*checked");
        Congregation shown = stored(listing);

        // Meanwhile the contact gives a phone: the form's stale empty phone must not erase it.
        directory.edit(listing, new ListingEdit(null, null, null, null, null, null, "+14155550190", null, null, null));
        HttpResponse<String> saved = ana.post("/organize/listings/" + listing,
                form(shown, "Mission Friends Meeting", "94110", "Ruth Fell", true));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(ana.follow(saved).body()).contains("Saved: Mission Friends Meeting.")
                .containsPattern("id=\"showEmail\"[^>]*checked");
        Congregation edited = stored(listing);
        assertThat(edited.contactPhone()).isEqualTo("+14155550190");
        assertThat(edited.streetAddress()).isEqualTo("1 Private Lane");
        assertThat(mapProperties().get("name").asString()).isEqualTo("Mission Friends Meeting");
        assertThat(mapProperties().get("contactEmail").asString()).isEqualTo("ruth@example.org");
        assertThat(JSON.readTree(get(port, "/api/partners?zip=94110").body()).get("partners").get(0)
                .get("contactEmail").asString()).isEqualTo("ruth@example.org");

        ana.get("/organize/listings/" + listing);
        HttpResponse<String> unticked = ana.post("/organize/listings/" + listing,
                form(edited, edited.name(), "94110", "Ruth Fell", false));
        assertThat(unticked.statusCode()).isEqualTo(302);
        assertThat(mapProperties().has("contactEmail")).isFalse();
        assertThat(mapProperties().get("name").asString()).isEqualTo("Mission Friends Meeting");

        assertThat(audit.newest(null, "listing.edit", 10)).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .allSatisfy(e -> assertThat(e.recordId()).isEqualTo(Long.toString(listing)))
                .extracting(AuditEvent::detail).containsExactly("showEmail", "name, showEmail");
        assertThat(ana.get("/organize/audit?action=listing.edit").body()).contains("listing.edit (name, showEmail)");
    }

    @Test
    void aRefusedEditShowsItsProblemsAndWhatWasTypedAndChangesNothing() throws Exception {
        long listing = register("Mission Friends", "ruth@example.org");
        ConsoleClient ana = editing(listing);
        Congregation shown = stored(listing);

        HttpResponse<String> refused = ana.post("/organize/listings/" + listing, form(shown, "Renamed", "00000", "", false));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"", "That ZIP code does not exist.",
                "The contact name must be 2 to 80 characters.", "value=\"00000\"", "value=\"Renamed\"")
                .containsPattern("id=\"zip\"[^>]*aria-invalid=\"true\"")
                .containsPattern("name=\"wasZip\" value=\"94110\"");
        assertThat(stored(listing).name()).isEqualTo("Mission Friends");

        HttpResponse<String> same = ana.post("/organize/listings/" + listing,
                form(shown, shown.name(), shown.zip(), shown.contactName(), false));
        assertThat(ana.follow(same).body()).contains("Nothing was changed.");
        assertThat(ana.postWithout("/organize/listings/" + listing, form(shown, "No Token", "94110", "Ruth Fell", false))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> missing = ana.get("/organize/listings/" + (listing + 1000));
        assertThat(ana.follow(missing).body()).contains("That listing does not exist any more.");
        assertThat(stored(listing).name()).isEqualTo("Mission Friends");
        assertThat(audit.newest(null, "listing.edit", 10)).isEmpty();
    }

    @Test
    void aFieldChangedHereAndMeanwhileElsewhereIsAConflictAndNothingIsOverwritten() throws Exception {
        long listing = register("Mission Friends", "ruth@example.org");
        ConsoleClient ana = editing(listing);
        Congregation shown = stored(listing);

        // Meanwhile someone else renames it (the field Ana changes too) and gives a website (one she does not).
        directory.edit(listing, new ListingEdit("Mission Friends Church", "CATHOLIC", null, null, null, null, null,
                "https://friends.example.org", null, null));
        Map<String, String> mine = form(shown, "Mission Friends Meeting", "94110", "Ruth Fell", false);
        mine.put("tradition", "EVANGELICAL");
        HttpResponse<String> conflict = ana.post("/organize/listings/" + listing, mine);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("id=\"conflict\"", "Not saved: while you were editing",
                "Name: now “Mission Friends Church”, yours “Mission Friends Meeting”",
                "Tradition: now “Catholic”, yours “Evangelical”", "value=\"Mission Friends Meeting\"",
                "value=\"https://friends.example.org\"")
                .containsPattern("name=\"wasName\" value=\"Mission Friends Church\"")
                .containsPattern("name=\"wasWebsite\" value=\"https://friends.example.org\"");
        assertThat(stored(listing).name()).isEqualTo("Mission Friends Church");
        assertThat(audit.newest(null, "listing.edit", 10)).isEmpty();

        // Saving the form as shown again is a deliberate overwrite of the name; the website stays.
        Congregation now = stored(listing);
        Map<String, String> again = form(now, "Mission Friends Meeting", "94110", "Ruth Fell", false);
        again.put("tradition", "EVANGELICAL");
        again.put("website", now.website());
        again.put("wasWebsite", now.website());
        assertThat(ana.post("/organize/listings/" + listing, again).statusCode()).isEqualTo(302);
        assertThat(stored(listing)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Mission Friends Meeting");
            assertThat(c.tradition()).isEqualTo(Tradition.EVANGELICAL);
            assertThat(c.website()).isEqualTo("https://friends.example.org");
        });
        assertThat(audit.newest(null, "listing.edit", 10)).hasSize(1);
        assertThat(ana.get("/organize/listings/" + listing + "?lang=es").statusCode()).isEqualTo(200);
    }

    @Test
    void theSameChangeMadeHereAndElsewhereIsNoConflict() throws Exception {
        long listing = register("Mission Friends", "ruth@example.org");
        ConsoleClient ana = editing(listing);
        Congregation shown = stored(listing);
        directory.edit(listing, new ListingEdit("Mission Friends Meeting", null, null, null, null, null, null, null,
                null, null));
        HttpResponse<String> saved = ana.post("/organize/listings/" + listing,
                form(shown, "Mission Friends Meeting", "94110", "Ruth F. Fell", false));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(stored(listing).contactName()).isEqualTo("Ruth F. Fell");
    }
}
