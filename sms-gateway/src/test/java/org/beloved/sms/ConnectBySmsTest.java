package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.DeleteMyDataBySmsTest.traces;
import static org.beloved.sms.InboundSmsTest.messages;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.messaging.Outbox;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * CONNECT n through the real webhook and the outbox to the local Twilio: the congregation is asked
 * without seeing the volunteer's number; its YES sends the volunteer its contact, its NO a polite
 * word without details; an ask expires after 7 days; DELETE MY DATA on either side erases the request.
 * Quiet hours are off here, so that the test does not depend on the hour it runs
 * ({@link ConnectQuietHoursBySmsTest} covers them).
 */
@TestPropertySource(properties = "beloved.messaging.quiet-hours=off")
class ConnectBySmsTest extends SmsWebTest {

    private static final String PASTOR = "+14155550181";
    private static final String VOLUNTEER = "+14155550182";
    private static final String OTHER_VOLUNTEER = "+14155550183";
    private static final AtomicInteger SIDS = new AtomicInteger(80_000);

    @Autowired
    Outbox outbox;

    @Autowired
    Directory directory;

    @BeforeEach
    void twilioAccepts() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
    }

    String say(String from, String body) {
        List<String> reply = messages(signedPost(port, "/sms/inbound", sms("SM%032d".formatted(SIDS.incrementAndGet()),
                from, body)));
        assertThat(reply).as("reply to %s", body).hasSize(1);
        return reply.get(0);
    }

    /** A listing registered by text from {@code phone}, its contact hidden from the public, approved. */
    long listed(String name, String phone) {
        directory.register(new NewCongregation(name, Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", phone, null, false, false, Channel.SMS, phone));
        long id = directory.listingsOf(Channel.SMS, phone).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id();
        assertThat(directory.approve(id)).isTrue();
        return id;
    }

    /** Sends what the outbox holds due; returns the texts that went, in order. */
    private List<FakeTwilio.Accepted> dispatchAll() {
        int before = TWILIO.accepted().size();
        while (outbox.dispatchOne()) {
            // each call delivers (or settles) one row
        }
        List<FakeTwilio.Accepted> all = TWILIO.accepted();
        return all.subList(before, all.size());
    }

    @Test
    void aYesSharesTheContactAndNeitherSideSeesTheOtherNumberBefore() {
        listed("St. Mark's Church", PASTOR);
        String answer = say(VOLUNTEER, "94110");
        assertThat(answer).contains("St. Mark's Church").doesNotContain("ana@example.org")
                .contains("CONNECT and the number (CONNECT 1)");

        assertThat(say(VOLUNTEER, "CONNECT 1")).contains("We asked St. Mark's Church privately");
        List<FakeTwilio.Accepted> asks = dispatchAll();
        assertThat(asks).singleElement().satisfies(ask -> {
            assertThat(ask.to()).isEqualTo(PASTOR);
            assertThat(ask.body()).contains("A volunteer near 94110 would like to connect about the campaign. "
                    + "Reply YES to share your contact").doesNotContain(VOLUNTEER).doesNotContain("4155550182");
        });
        assertThat(dispatchAll()).as("the ask goes once").isEmpty();
        assertThat(say(VOLUNTEER, "CONNECT 1")).as("one open ask per partner").contains("already asked");

        assertThat(say(PASTOR, "YES")).contains("sending your contact");
        assertThat(dispatchAll()).singleElement().satisfies(shared -> {
            assertThat(shared.to()).isEqualTo(VOLUNTEER);
            assertThat(shared.body()).isEqualTo("St. Mark's Church said yes! Their contact: Ana Ruiz, ana@example.org, "
                    + PASTOR);
        });
        assertThat(say(PASTOR, "YES")).as("nothing more to answer").contains("no question waiting");
        assertThat(dispatchAll()).isEmpty();
    }

    @Test
    void aNoTellsTheVolunteerPolitelyWithNoDetails() {
        listed("St. Mark's Church", PASTOR);
        say(OTHER_VOLUNTEER, "94110");
        assertThat(say(OTHER_VOLUNTEER, "CONECTAR 1")).contains("We asked");
        assertThat(dispatchAll()).singleElement().satisfies(a -> assertThat(a.to()).isEqualTo(PASTOR));

        assertThat(say(PASTOR, "NO")).contains("without any of your details");
        assertThat(dispatchAll()).singleElement().satisfies(declined -> {
            assertThat(declined.to()).isEqualTo(OTHER_VOLUNTEER);
            assertThat(declined.body()).contains("St. Mark's Church cannot connect right now")
                    .doesNotContain("ana@example.org").doesNotContain(PASTOR).doesNotContain("Ana Ruiz");
        });
    }

    @Test
    void connectWithAListingsPublicIdAsksItWithoutASearchAndYesSharesTheContact() {
        long id = listed("St. Mark's Church", PASTOR);
        assertThat(say(VOLUNTEER, "CONNECT #" + id)).contains("We asked St. Mark's Church privately");
        assertThat(dispatchAll()).singleElement().satisfies(ask -> {
            assertThat(ask.to()).isEqualTo(PASTOR);
            assertThat(ask.body()).contains("A volunteer near 94110 would like to connect").doesNotContain("4155550182");
        });
        assertThat(say(VOLUNTEER, "connect #" + id)).as("the same limits as CONNECT n").contains("already asked");

        assertThat(say(PASTOR, "YES")).contains("sending your contact");
        assertThat(dispatchAll()).singleElement().satisfies(shared -> {
            assertThat(shared.to()).isEqualTo(VOLUNTEER);
            assertThat(shared.body()).isEqualTo("St. Mark's Church said yes! Their contact: Ana Ruiz, ana@example.org, "
                    + PASTOR);
        });
    }

    @Test
    void connectWithAnIdNotOnTheMapIsRefusedWithoutNamingIt() {
        long hidden = listed("Hidden Chapel", PASTOR);
        assertThat(directory.hide(hidden)).isTrue();
        directory.register(new NewCongregation("Pending Temple", Tradition.JEWISH, "94110", null, "Rivka Stein",
                "rivka@example.org", "+14155550184", null, false, false, Channel.SMS, "+14155550184"));
        long pending = directory.pending(10).get(0).id();

        assertThat(say(VOLUNTEER, "CONNECT #" + hidden)).contains("No listing on the map has the number #" + hidden)
                .doesNotContain("Hidden Chapel");
        assertThat(say(VOLUNTEER, "CONNECT #" + pending)).contains("No listing on the map has the number #" + pending)
                .doesNotContain("Pending Temple");
        assertThat(say(VOLUNTEER, "CONNECT #999999")).contains("No listing on the map has the number #999999");
        assertThat(say(OTHER_VOLUNTEER, "ESPAÑOL")).isNotBlank();
        assertThat(say(OTHER_VOLUNTEER, "CONECTAR #" + hidden)).contains("Ningún registro del mapa tiene el número #"
                + hidden);
        assertThat(count("select count(*) from connect_request")).isZero();
        assertThat(dispatchAll()).as("nobody is asked").isEmpty();
    }

    @Test
    void connectWithTheIdOfAListingWithNoChannelSaysItCannotBeAsked() {
        directory.register(new NewCongregation("Web Only Chapel", Tradition.QUAKER, "94110", null, "Bo Lee",
                "bo@example.org", null, null, false, false, Channel.WEB, null));
        long id = directory.pending(10).get(0).id();
        directory.approve(id);
        assertThat(say(VOLUNTEER, "CONNECT #" + id)).contains("Web Only Chapel cannot be asked");
        assertThat(count("select count(*) from connect_request")).isZero();
    }

    @Test
    void anAskExpiresAfterSevenDays() {
        listed("St. Mark's Church", PASTOR);
        say(VOLUNTEER, "94110");
        say(VOLUNTEER, "CONNECT 1");
        db().sql("update connect_request set created_at = created_at - interval '8 days'").update();

        assertThat(dispatchAll()).as("an expired ask is not sent").isEmpty();
        assertThat(say(PASTOR, "YES")).contains("expired");
        assertThat(dispatchAll()).as("the volunteer gets nothing").isEmpty();
        assertThat(count("select count(*) from connect_request where status = 'asked'")).isEqualTo(1);
    }

    @Test
    void requestsAreRateLimitedPerVolunteerAndBadNumbersAreAnswered() {
        assertThat(say(VOLUNTEER, "CONNECT 1")).as("before any search").contains("Send your ZIP code first");
        for (int i = 1; i <= 4; i++) {
            listed("Church number " + i, "+1415555019" + i);
        }
        say(VOLUNTEER, "94110");
        assertThat(say(VOLUNTEER, "CONNECT 9")).contains("a number from 1 to 4");
        assertThat(say(VOLUNTEER, "CONNECT one")).contains("a number from 1 to 4");
        for (int n = 1; n <= 3; n++) {
            assertThat(say(VOLUNTEER, "CONNECT " + n)).contains("We asked");
        }
        assertThat(say(VOLUNTEER, "CONNECT 4")).contains("You have asked 3 partners today");
        assertThat(count("select count(*) from connect_request")).isEqualTo(3);
    }

    @Test
    void aListingWithNoChannelToAskIsNotOffered() {
        directory.register(new NewCongregation("Web Only Chapel", Tradition.QUAKER, "94110", null, "Bo Lee",
                "bo@example.org", null, null, false, false, Channel.WEB, null));
        long id = directory.pending(10).get(0).id();
        directory.approve(id);
        assertThat(say(VOLUNTEER, "94110")).contains("Web Only Chapel").doesNotContain("CONNECT");
        assertThat(say(VOLUNTEER, "CONNECT 1")).contains("Web Only Chapel cannot be asked");
        assertThat(count("select count(*) from connect_request")).isZero();
    }

    @Test
    void deleteMyDataByTheVolunteerErasesTheRequestAndTheAskNeverGoes() {
        listed("St. Mark's Church", PASTOR);
        say(VOLUNTEER, "94110");
        say(VOLUNTEER, "CONNECT 1");
        assertThat(say(VOLUNTEER, "DELETE MY DATA")).contains("Reply YES");
        assertThat(say(VOLUNTEER, "YES")).startsWith("Done.").contains("1 contact request and your last partner search");

        assertThat(count("select count(*) from connect_request")).isZero();
        assertThat(dispatchAll()).as("the ask of an erased request is not sent").isEmpty();
        assertThat(traces(VOLUNTEER)).isEmpty();
        assertThat(say(PASTOR, "YES")).contains("no question waiting");
    }

    @Test
    void deleteMyDataNamesTheRequestsAndTheSearchItErasedInSpanishToo() {
        listed("St. Mark's Church", PASTOR);
        say(OTHER_VOLUNTEER, "ESPAÑOL");
        say(OTHER_VOLUNTEER, "94110");
        assertThat(say(OTHER_VOLUNTEER, "BORRAR MIS DATOS")).contains("Esto borra");
        assertThat(say(OTHER_VOLUNTEER, "SI")).startsWith("Listo.").contains("tu última búsqueda de aliados")
                .doesNotContain("solicitud");

        say(VOLUNTEER, "ESPAÑOL");
        say(VOLUNTEER, "94110");
        say(VOLUNTEER, "CONECTAR 1");
        say(VOLUNTEER, "BORRAR MIS DATOS");
        assertThat(say(VOLUNTEER, "SI")).contains("1 solicitud de contacto y tu última búsqueda de aliados");
        assertThat(count("select count(*) from connect_request")).isZero();
        assertThat(count("select count(*) from partner_search_shown")).isZero();
    }

    @Test
    void deleteMyDataByTheCongregationErasesTheRequestAndNothingIsShared() {
        listed("St. Mark's Church", PASTOR);
        say(VOLUNTEER, "94110");
        say(VOLUNTEER, "CONNECT 1");
        assertThat(dispatchAll()).hasSize(1);
        assertThat(say(PASTOR, "DELETE MY DATA")).contains("Reply YES");
        assertThat(say(PASTOR, "YES")).startsWith("Done.").contains("1 contact request, your contact on 1 listing")
                .doesNotContain("partner search");

        assertThat(count("select count(*) from connect_request")).isZero();
        assertThat(traces(PASTOR)).isEmpty();
        assertThat(say(PASTOR, "YES")).as("the ask is gone").contains("no question waiting");
        assertThat(dispatchAll()).as("the volunteer gets nothing").isEmpty();
    }
}
