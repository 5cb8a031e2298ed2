package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** WEBINARS, REMIND and REMIND OFF through the real webhook. */
class WebinarsBySmsTest extends SmsWebTest {

    private static final String TEXTER = "+13125550606";
    private static final AtomicInteger SIDS = new AtomicInteger(9000);

    @Autowired
    Webinars webinars;

    private String say(String body) {
        List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), TEXTER, body)));
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
        assertThat(say("60614")).contains("America/Chicago", "REMIND OFF");
        assertThat(count("select count(*) from webinar_subscription where address = ? and time_zone = 'America/Chicago'",
                TEXTER)).isEqualTo(1);
        assertThat(say("remind")).contains("already");

        assertThat(say("WEBINARS")).contains("Meet your officials - Tue Dec 10, 6:00 PM CST - https://meet.example.org/x");

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
}
