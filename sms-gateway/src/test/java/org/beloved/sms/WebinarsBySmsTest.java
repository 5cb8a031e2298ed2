package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.messaging.Outbox;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** WEBINARS, REMIND and REMIND OFF through the real webhook. */
class WebinarsBySmsTest extends SmsWebTest {

    private static final String TEXTER = "+13125550606";
    private static final AtomicInteger SIDS = new AtomicInteger(9000);

    @Autowired
    Webinars webinars;

    @Autowired
    Reminders reminders;

    @Autowired
    Outbox outbox;

    private String say(String body) {
        return say(TEXTER, body);
    }

    private String say(String from, String body) {
        List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), from, body)));
        assertThat(reply).as("reply to %s", body).hasSize(1);
        return reply.get(0);
    }

    @Test
    void remindAsksForAZipThenWebinarsShowsTheTextersOwnTime() {
        assertThat(say("webinars")).contains("No webinars are scheduled");
        webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00", "America/New_York", 60,
                "https://meet.example.org/x", "en"));

        assertThat(say("REMIND")).contains("ZIP code");
        assertThat(say("hello")).contains("5-digit ZIP");
        assertThat(say("60614")).contains("(Central time)", "REMIND OFF").doesNotContain("America/Chicago");
        assertThat(count("select count(*) from webinar_subscription where address = ? and time_zone = 'America/Chicago'",
                TEXTER)).isEqualTo(1);
        assertThat(say("remind")).contains("already");

        assertThat(say("WEBINARS")).contains("Meet your officials - Tue Dec 10, 6:00 PM CST - https://meet.example.org/x")
                .contains("You get a reminder before each one (Central time). Text REMIND OFF to stop.")
                .doesNotContain("Text REMIND for a reminder");

        assertThat(say("remind off")).contains("off");
        assertThat(count("select count(*) from webinar_subscription")).isZero();
        assertThat(say("REMIND OFF")).contains("were not getting");
    }

    @Test
    void stopOverridesReminders() {
        say("REMIND");
        say("94110");
        assertThat(messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), TEXTER, "STOP")))).isEmpty();
        assertThat(optedOut(TEXTER)).isTrue();
        assertThat(count("select count(*) from opt_out")).isEqualTo(1);
    }

    @Test
    void remindRightAfterAZipAnswerUsesThatZipsZoneInEitherLanguage() {
        assertThat(say("96813")).contains("96813");
        assertThat(say("REMIND")).isEqualTo("You will get a reminder a day and an hour before each webinar (Hawaii time)."
                + " Text REMIND OFF to stop.");
        assertThat(zoneOf(TEXTER)).isEqualTo("Pacific/Honolulu");

        String maria = "+13125550607";
        say(maria, "ESPANOL");
        say(maria, "90012");
        assertThat(say(maria, "RECORDAR")).contains("(hora del Pacífico)", "RECORDAR NO").doesNotContain("America/");
        assertThat(zoneOf(maria)).isEqualTo("America/Los_Angeles");
        assertThat(say(maria, "RECORDAR")).startsWith("Ya recibes avisos").contains("(hora del Pacífico)");
        assertThat(say(maria, "SEMINARIOS")).as("no webinars yet, and she is subscribed")
                .isEqualTo("No hay seminarios programados por ahora. Recibirás un aviso antes de los próximos"
                        + " (hora del Pacífico).");
    }

    @Test
    void remindWithAZipSubscribesAtOnceAndAnUnknownOneIsAskedAgain() {
        assertThat(say("REMIND 85004")).contains("(Arizona time)");
        assertThat(zoneOf(TEXTER)).isEqualTo("America/Phoenix");

        String other = "+13125550608";
        assertThat(say(other, "REMIND 00000")).contains("5-digit ZIP");
        assertThat(say(other, "60614")).contains("(Central time)");
    }

    @Test
    void aZipSearchedMoreThanADayAgoOrErasedIsNotUsed() {
        say("60614");
        db().sql("update webinar_zone_hint set noted_at = noted_at - interval '25 hours'").update();
        assertThat(say("REMIND")).contains("What is your ZIP code?");
        say("MENU");

        say("96813");
        assertThat(count("select count(*) from webinar_zone_hint where address = ?", TEXTER)).isEqualTo(1);
        say("DELETE MY DATA");
        say("YES");
        assertThat(count("select count(*) from webinar_zone_hint")).isZero();
        assertThat(say("REMIND")).contains("What is your ZIP code?");
    }

    @Test
    void eachReaderSeesABilingualWebinarInTheirLanguage() {
        webinars.create(new WebinarDraft("Know your county", "Public records", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/c", "both", "Conoce tu condado", "Registros públicos"));
        assertThat(say("WEBINARS")).contains("Know your county - ", "Text REMIND for a reminder")
                .doesNotContain("Conoce tu condado");

        String maria = "+13125550609";
        say(maria, "ESPANOL");
        assertThat(say(maria, "SEMINARIOS")).contains("Conoce tu condado - ", "Escribe RECORDAR para recibir")
                .doesNotContain("Know your county");
        say(maria, "RECORDAR 60614");
        assertThat(say(maria, "SEMINARIOS")).contains("Recibes un aviso antes de cada uno (hora del centro)")
                .doesNotContain("Escribe RECORDAR para recibir");
    }

    @Test
    void aSpanishSubscribersReminderCarriesTheSpanishTitleAndTheirOwnTime() {
        String maria = "+13125550610";
        say(maria, "ESPANOL");
        say(maria, "RECORDAR 96813");
        long id = webinars.create(new WebinarDraft("Know your county", "", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/c", "both", "Conoce tu condado", "")).webinar().orElseThrow().id();
        assertThat(reminders.fire(id, Duration.ofHours(1))).isEqualTo(1);
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(TWILIO.accepted()).filteredOn(a -> a.to().equals(maria)).singleElement()
                .satisfies(a -> assertThat(a.body()).startsWith("Recordatorio: \"Conoce tu condado\"").contains("HST"));
    }

    private static String zoneOf(String address) {
        return db().sql("select time_zone from webinar_subscription where address = ?").param(address)
                .query(String.class).single();
    }
}
