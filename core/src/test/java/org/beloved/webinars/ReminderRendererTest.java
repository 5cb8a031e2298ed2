package org.beloved.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.MessagingFixtures;
import org.beloved.messaging.OutboxMessage;
import org.beloved.messaging.QuietHours;
import org.beloved.messaging.Rendered;
import org.beloved.shared.Channel;
import org.beloved.shared.Texts;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminder wording from the real time left, and quiet hours in the recipient's zone. */
@CleanDatabase
class ReminderRendererTest {

    private static final String CHICAGO = "+13125550101";
    private static final String HONOLULU = "+18085550102";

    private final MutableClock clock = MutableClock.at("2026-12-08T12:00:00Z");
    private final WebinarSettings settings = new WebinarSettings(List.of(Duration.ofDays(1), Duration.ofHours(1)));
    private final WebinarRepository repository = new WebinarRepository(TestDatabase.jdbc());
    private final Subscriptions subscriptions = new Subscriptions(TestDatabase.jdbc(), clock);
    private ReminderRenderer renderer;
    private long webinar;

    @BeforeEach
    void webinarAt7pmChicagoOnDecember9() {
        var languages = org.beloved.conversation.LanguagesFixture.languages(clock);
        renderer = new ReminderRenderer(repository, subscriptions, languages,
                new Texts(List.of(new WebinarTexts())), settings, QuietHours.of("21:00-08:00"), clock);
        Webinars webinars = new Webinars(repository, Optional.empty(),
                new Reminders(repository, subscriptions, MessagingFixtures.outbox(TestDatabase.jdbc(), clock), settings,
                        clock), settings, event -> { }, clock);
        webinar = webinars.create(new WebinarDraft("Know your county", "", "2026-12-09T19:00", "America/Chicago", 60,
                "https://meet.example.org/abc", "en")).webinar().orElseThrow().id();   // 2026-12-10T01:00Z
        subscriptions.subscribe(Channel.SMS, CHICAGO, ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.SMS, HONOLULU, ZoneId.of("Pacific/Honolulu"));
    }

    private Rendered render(Channel channel, String address, Duration offset) {
        return renderer.render(new OutboxMessage(1, MessageKind.REMINDER, webinar, offset, channel, address, 0));
    }

    @Test
    void eachRecipientReadsTheirOwnLocalTime() {
        clock.advance(Duration.ofHours(13));   // 01:00Z on the 9th: 7 PM in Chicago, 3 PM in Honolulu
        assertThat(render(Channel.SMS, CHICAGO, Duration.ofDays(1))).isEqualTo(new Rendered.Send(
                "Reminder: \"Know your county\" starts tomorrow, Wed Dec 9, 7:00 PM CST. Join: https://meet.example.org/abc"));
        assertThat(((Rendered.Send) render(Channel.SMS, HONOLULU, Duration.ofDays(1))).text())
                .contains("Wed Dec 9, 3:00 PM HST");
        assertThat(((Rendered.Send) render(Channel.DISCORD, "100000000000000003", Duration.ofDays(1))).text())
                .contains("<t:" + Instant.parse("2026-12-10T01:00:00Z").getEpochSecond() + ":F>");
    }

    @Test
    void aLateReminderSaysTheRealTimeLeftAndOneAfterTheStartIsDropped() {
        clock.advance(Duration.ofHours(36).plusMinutes(40));   // 00:40Z on the 10th: 20 minutes before the start
        assertThat(((Rendered.Send) render(Channel.SMS, CHICAGO, Duration.ofHours(1))).text()).contains("starts in 20 minutes");
        clock.advance(Duration.ofMinutes(21));
        assertThat(render(Channel.SMS, CHICAGO, Duration.ofHours(1))).isInstanceOf(Rendered.Skip.class);
    }

    @Test
    void quietHoursHoldEarlySmsRemindersUntilEightInTheMorning() {
        clock.advance(Duration.ofHours(-7));   // 05:00Z on the 8th: 11 PM in Chicago, 7 PM in Honolulu
        assertThat(render(Channel.SMS, CHICAGO, Duration.ofDays(1)))
                .isEqualTo(new Rendered.Postpone(Instant.parse("2026-12-08T14:00:00Z")));   // 8 AM Chicago
        assertThat(render(Channel.SMS, HONOLULU, Duration.ofDays(1))).isInstanceOf(Rendered.Send.class);
        assertThat(render(Channel.SMS, CHICAGO, Duration.ofHours(1))).isInstanceOf(Rendered.Send.class);
        assertThat(render(Channel.DISCORD, "100000000000000003", Duration.ofDays(1))).isInstanceOf(Rendered.Send.class);
    }

    @Test
    void aNewTimeNoticeGivesTheTimeAsItNowIsUntilTheStart() {
        clock.advance(Duration.ofHours(13));
        Rendered moved = renderer.render(new OutboxMessage(2, MessageKind.MOVED, webinar, Duration.ZERO, Channel.SMS, HONOLULU, 0));
        assertThat(moved).isEqualTo(new Rendered.Send(
                "New time: \"Know your county\" now starts Wed Dec 9, 3:00 PM HST. Join: https://meet.example.org/abc"));
        clock.advance(Duration.ofDays(2));
        assertThat(renderer.render(new OutboxMessage(2, MessageKind.MOVED, webinar, Duration.ZERO, Channel.SMS, HONOLULU, 0)))
                .isInstanceOf(Rendered.Skip.class);
    }
}
