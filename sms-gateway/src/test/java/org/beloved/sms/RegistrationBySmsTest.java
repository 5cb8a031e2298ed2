package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.directory.Directory;
import org.beloved.directory.PublicListing;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** JOIN, step by step through the real webhook, with a wrong answer at every step. */
class RegistrationBySmsTest extends SmsWebTest {

    private static final String PASTOR = "+14155550404";
    private static final AtomicInteger SIDS = new AtomicInteger(5000);

    @Autowired
    Directory directory;

    private String say(String body) {
        List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), PASTOR, body)));
        assertThat(reply).as("reply to %s", body).hasSize(1);
        return reply.get(0);
    }

    private Row stored() {
        return db().sql("select name, tradition, zip, contact_name, contact_email, contact_phone, show_email, show_phone,"
                        + " status, street_address from congregation")
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9),
                        rs.getString(10)))
                .single();
    }

    record Row(String name, String tradition, String zip, String contact, String email, String phone, boolean showEmail,
            boolean showPhone, String status, String street) {
    }

    @Test
    void everyStepValidatesAndReasksThenThePastorConfirms() {
        assertThat(say("join")).contains("What is its name");
        assertThat(say("x")).contains("2 to 120 characters");
        assertThat(say("St. Mark's Church")).contains("Which tradition", "1 Catholic", "14 Other");
        assertThat(say("22")).contains("number from 1 to 14");
        assertThat(say("2")).contains("ZIP code");
        assertThat(say("941")).contains("5 digits");
        assertThat(say("00000")).contains("could not find the ZIP code 00000");
        assertThat(say("94110-2233")).contains("contact person");
        assertThat(say("A")).contains("2 to 80");
        assertThat(say("Rev. Ana Ruiz")).contains("email", "SKIP");
        assertThat(say("ana at example")).contains("does not look like an email");
        assertThat(say("ana@example.org")).contains("May partners see this email address? Reply YES or NO");
        assertThat(say("maybe")).contains("YES or NO", "this email address");
        assertThat(say("Y")).contains("May partners see this phone number? Reply YES or NO");
        assertThat(say("perhaps")).contains("YES or NO", "this phone number");
        String summary = say("no");
        assertThat(summary).contains("1 Name: St. Mark's Church", "2 Tradition: Protestant",
                "3 ZIP: 94110 (San Francisco, CA)", "4 Contact: Rev. Ana Ruiz", "5 Email: ana@example.org",
                "6 Shown publicly: Rev. Ana Ruiz, ana@example.org\n");
        assertThat(say("perhaps")).contains("YES to send");
        assertThat(say("YES")).contains("waiting for an organizer");

        Row row = stored();
        assertThat(row).isEqualTo(new Row("St. Mark's Church", "PROTESTANT", "94110", "Rev. Ana Ruiz",
                "ana@example.org", PASTOR, true, false, "pending", null));
        assertThat(count("select count(*) from conversation_flow")).isZero();
    }

    /** Without an email: the one consent question is about the phone. */
    private void registerQuickly(String name, String phoneConsent) {
        say("REGISTER");
        say(name);
        say("11");
        say("94612");
        say("Omar");
        assertThat(say("skip")).contains("May partners see this phone number?");
        say(phoneConsent);
        say("si");
    }

    @Test
    void consentBothWaysAndADuplicateUpdates() {
        registerQuickly("Bahai Center", "no");
        assertThat(stored().showPhone()).isFalse();
        assertThat(stored().email()).isNull();
        assertThat(stored().phone()).isEqualTo(PASTOR);

        registerQuickly("bahai center!", "yes");
        assertThat(count("select count(*) from congregation")).isEqualTo(1);
        assertThat(stored().showPhone()).isTrue();
        assertThat(count("select count(*) from congregation_claim")).as("its own submitter updates in place").isZero();
    }

    @Test
    void aRestartInTheMiddleLosesNothing() {
        say("JOIN");
        say("Friends Meeting House");
        say("12");
        // A new application instance on the same database (as after a restart) takes the next answers.
        try (var restarted = new org.springframework.boot.builder.SpringApplicationBuilder(SmsTestApplication.class)
                .initializers(new org.beloved.testing.TestDatabaseProperties())
                .properties("server.port=0", "beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER)
                .run()) {
            int otherPort = ((org.springframework.boot.web.server.context.WebServerApplicationContext) restarted)
                    .getWebServer().getPort();
            List<String> reply = messages(TwilioWebhooks.signedPost(otherPort, "/sms/inbound",
                    TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), PASTOR, "19103")));
            assertThat(reply).singleElement().asString().contains("contact person");
        }
        assertThat(say("Mary Dyer")).contains("email");
        say("mary@example.org");
        assertThat(say("no")).contains("this phone number");
        assertThat(say("no")).contains("Friends Meeting House", "Quaker", "19103 (Philadelphia, PA)", "Shown publicly: no");
        say("yes");
        assertThat(stored().zip()).isEqualTo("19103");
    }

    @Test
    void menuLeavesTheFormAndNothingIsSaved() {
        say("UNIRSE");   // a Spanish first message: answered in Spanish from then on
        say("Iglesia de la Paz");
        assertThat(say("menu")).contains("De vuelta al menú");
        assertThat(count("select count(*) from congregation")).isZero();
        assertThat(say("Iglesia de la Paz")).contains("no entendí");
    }

    @Test
    void noAtTheSummaryCancels() {
        registerQuickly("Temple Beth Shalom", "yes");
        count("select count(*) from congregation");
        say("REGISTER");
        say("Another Place");
        say("5");
        say("10001");
        say("Sam");
        say("skip");
        say("no");
        assertThat(say("NO")).contains("nothing was sent");
        assertThat(count("select count(*) from congregation")).isEqualTo(1);
    }

    @Test
    void myListingShowsItAndRemoveListingHidesIt() {
        registerQuickly("Corner Mosque", "yes");
        assertThat(say("my listing")).contains("Corner Mosque", "waiting for review", "REMOVE LISTING");
        assertThat(say("REMOVE LISTING")).contains("Done: 1 listing hidden from the map").doesNotContain("(s)");
        assertThat(stored().status()).isEqualTo("hidden");
        assertThat(say("mi registro")).as("a Spanish keyword from someone who never chose a language: Spanish")
                .contains("oculta").doesNotContain("Para ocultarla", "(s)");
    }

    private static final String STRANGER = "+14155550666";

    private String sayFrom(String from, String body) {
        List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), from, body)));
        assertThat(reply).as("reply to %s", body).hasSize(1);
        return reply.get(0);
    }

    private String listing() {
        return db().sql("select concat_ws(' ', name, tradition, status, contact_name, contact_email, contact_phone,"
                + " show_email, show_phone, source_channel, submitted_by) from congregation").query(String.class).single();
    }

    @Test
    void aTakeoverByTextLeavesTheListingListedAndUnchangedAndBecomesAClaim() {
        registerQuickly("St. Mark's Church", "yes");
        db().sql("update congregation set status = 'listed'").update();
        String before = listing();
        for (String answer : new String[] {"JOIN", "ST MARKS  church", "14", "94612", "Mallory", "mallory@example.org",
            "yes", "yes"}) {
            sayFrom(STRANGER, answer);
        }
        assertThat(sayFrom(STRANGER, "YES")).contains("ST MARKS  church is already on the map", "did not change it");
        assertThat(listing()).isEqualTo(before).contains("St. Mark's Church BAHAI listed Omar");
        assertThat(directory.listed()).singleElement().extracting(PublicListing::name).isEqualTo("St. Mark's Church");
        assertThat(directory.pendingClaims(5)).singleElement().satisfies(claim -> {
            assertThat(claim.listing().name()).isEqualTo("St. Mark's Church");
            assertThat(claim.contactName()).isEqualTo("Mallory");
            assertThat(claim.contactPhone()).isEqualTo(STRANGER);
            assertThat(claim.sourceChannel()).isEqualTo("SMS");
        });
        assertThat(sayFrom(STRANGER, "REMOVE LISTING")).as("a claimant owns nothing yet").contains("no listing");
        assertThat(listing()).isEqualTo(before);

        registerQuickly("st. mark's church", "no");   // its own submitter still updates in place
        assertThat(listing()).isEqualTo("st. mark's church BAHAI listed Omar " + PASTOR + " f f SMS " + PASTOR);
        assertThat(count("select count(*) from congregation_claim")).isEqualTo(1);
    }

    @Test
    void anInvisibleOrLetterlessNameIsAskedAgain() {
        say("JOIN");
        assertThat(say("\u200b\u200b")).contains("at least 2 letters or digits");
        assertThat(say("!!")).contains("at least 2 letters or digits");
        assertThat(say("Friends Meeting")).contains("Which tradition");
    }
}
