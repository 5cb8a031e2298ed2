package org.beloved.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beloved.messaging.MessagingFixtures;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Scheduling bookkeeping and the reminder use case on the real database (the schedule itself is a recording fake). */
@CleanDatabase
class RemindersTest {

    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
    private final List<String> scheduled = new ArrayList<>();
    private final ReminderSchedule recording = new ReminderSchedule() {
        @Override
        public void schedule(Webinar webinar, List<Duration> offsets) {
            scheduled.add("schedule " + webinar.id() + " " + webinar.start() + " " + offsets);
        }

        @Override
        public void unschedule(long webinarId) {
            scheduled.add("unschedule " + webinarId);
        }

        @Override
        public Map<Duration, Instant> pending(long webinarId) {
            return Map.of();
        }
    };
    private final List<Object> published = new java.util.ArrayList<>();
    private final WebinarRepository repository = new WebinarRepository(TestDatabase.jdbc());
    private final WebinarSettings settings = new WebinarSettings(List.of(Duration.ofDays(1), Duration.ofHours(1)));
    private final Subscriptions subscriptions = new Subscriptions(TestDatabase.jdbc(), clock);
    private final Reminders reminders = new Reminders(repository, subscriptions,
            MessagingFixtures.outbox(TestDatabase.jdbc(), clock), settings, clock);
    private final Webinars webinars = new Webinars(repository, Optional.of(recording), reminders, settings,
            published::add, clock);

    static WebinarDraft draft(String start) {
        return new WebinarDraft("Know your county", "Public records, step by step", start, "America/Chicago", 60,
                "https://meet.example.org/abc", "en");
    }

    private static long outbox() {
        return TestDatabase.jdbc().sql("select count(*) from outbox").query(Long.class).single();
    }

    @Test
    void aWebinarIsEnteredInItsZoneAndScheduledAtOnce() {
        Webinar w = webinars.create(draft("2026-12-08T19:00")).webinar().orElseThrow();
        assertThat(w.start()).isEqualTo(Instant.parse("2026-12-09T01:00:00Z"));
        assertThat(scheduled).containsExactly("schedule " + w.id() + " 2026-12-09T01:00:00Z [PT24H, PT1H]");
        webinars.edit(w.id(), draft("2026-12-10T18:30"));
        assertThat(scheduled.get(1)).isEqualTo("schedule " + w.id() + " 2026-12-11T00:30:00Z [PT24H, PT1H]");
        assertThat(webinars.cancel(w.id())).isTrue();
        assertThat(scheduled.get(2)).isEqualTo("unschedule " + w.id());
        assertThat(webinars.cancel(w.id())).isFalse();
        assertThat(webinars.upcoming()).isEmpty();
        assertThat(published).extracting(e -> ((WebinarChanged) e).change()).containsExactly(
                WebinarChanged.Change.SCHEDULED, WebinarChanged.Change.EDITED, WebinarChanged.Change.CANCELLED);
        assertThat(((WebinarChanged) published.get(2)).webinar().status()).isEqualTo(Webinar.Status.CANCELLED);
    }

    @Test
    void badDraftsAreRefusedWithReasons() {
        WebinarResult result = webinars.create(new WebinarDraft("x", null, "next tuesday", "Mars/Olympus", 0,
                "http://insecure", "fr"));
        assertThat(result.problems()).hasSize(6);
        assertThat(scheduled).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void aReminderEnqueuesOneRowPerSubscriberOnceHoweverOftenItFires() {
        long id = webinars.create(draft("2026-12-08T19:00")).webinar().orElseThrow().id();
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.SMS, "+18085550102", ZoneId.of("Pacific/Honolulu"));
        subscriptions.subscribe(Channel.DISCORD, "100000000000000003", ZoneId.of("America/New_York"));
        subscriptions.subscribe(Channel.SMS, "+16025550104", ZoneId.of("America/Phoenix"));
        MessagingFixtures.optOut(TestDatabase.jdbc(), clock, Channel.SMS, "+16025550104");

        assertThat(reminders.fire(id, Duration.ofDays(1))).isEqualTo(3);
        assertThat(reminders.fire(id, Duration.ofDays(1))).isZero();
        assertThat(reminders.fire(id, Duration.ofHours(1))).isEqualTo(3);
        assertThat(outbox()).isEqualTo(6);
    }

    @Test
    void webSimulatorSubscribersAreNeverInAReminderAudience() {
        long id = webinars.create(draft("2026-12-08T19:00")).webinar().orElseThrow().id();
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.WEB, "web-session-0001", ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.WEB, "web-session-0002", ZoneId.of("America/New_York"));

        assertThat(reminders.fire(id, Duration.ofDays(1))).isEqualTo(1);
        assertThat(TestDatabase.jdbc().sql("select channel || ':' || address from outbox").query(String.class).list())
                .containsExactly("SMS:+13125550101");
    }

    @Test
    void aWebinarMovedAfterItsReminderWentOutIsRemindedAgainForItsNewTime() {
        long id = webinars.create(draft("2026-12-08T19:00")).webinar().orElseThrow().id();
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        assertThat(reminders.fire(id, Duration.ofDays(1))).isEqualTo(1);
        webinars.edit(id, draft("2026-12-09T19:00"));
        assertThat(reminders.fire(id, Duration.ofDays(1))).isEqualTo(1);
        assertThat(reminders.fire(id, Duration.ofDays(1))).isZero();
        assertThat(outbox()).isEqualTo(2);
    }

    @Test
    void thoseAlreadyRemindedHearOfANewTimeOnceAndOfOtherEditsNot() {
        long id = webinars.create(draft("2026-12-08T19:00")).webinar().orElseThrow().id();
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.SMS, "+13125550102", ZoneId.of("America/Chicago"));
        reminders.fire(id, Duration.ofDays(1));
        TestDatabase.jdbc().sql("update outbox set status = 'sent' where address = '+13125550101'").update();

        webinars.edit(id, new WebinarDraft("Know your county (new title)", "Public records, step by step", "2026-12-08T19:00",
                "America/Chicago", 60, "https://meet.example.org/abc", "en"));
        assertThat(kinds()).doesNotContain("moved:+13125550101");
        webinars.edit(id, draft("2026-12-08T20:00"));
        webinars.edit(id, draft("2026-12-08T20:00"));
        assertThat(kinds()).containsExactly("reminder:+13125550101", "reminder:+13125550102", "moved:+13125550101");
    }

    private static List<String> kinds() {
        return TestDatabase.jdbc().sql("select kind || ':' || address from outbox order by id").query(String.class).list();
    }

    @Test
    void aReminderAfterTheStartIsSkippedAndBeforeItIsStillSent() {
        long id = webinars.create(draft("2026-12-01T07:00")).webinar().orElseThrow().id();   // 13:00Z
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        clock.advance(Duration.ofMinutes(40));   // the 1-hour reminder's moment (12:00Z) passed while down
        assertThat(reminders.fire(id, Duration.ofHours(1))).isEqualTo(1);
        clock.advance(Duration.ofMinutes(30));   // now past the start
        assertThat(reminders.fire(id, Duration.ofDays(1))).isZero();
    }

    @Test
    void afterAnOutageOnlyTheLaterOfTwoDueRemindersIsSent() {
        long id = webinars.create(draft("2026-12-01T07:00")).webinar().orElseThrow().id();   // 13:00Z
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        clock.advance(Duration.ofMinutes(30));   // down since before the 1-day moment; 12:30Z, both have passed
        assertThat(reminders.fire(id, Duration.ofDays(1))).isZero();
        assertThat(reminders.fire(id, Duration.ofHours(1))).isEqualTo(1);
        assertThat(TestDatabase.jdbc().sql("select lead_seconds from outbox").query(Long.class).list()).containsExactly(3600L);
    }

    @Test
    void cancellingSkipsWhatWasPendingAndNotifiesWhoWasReminded() {
        long id = webinars.create(draft("2026-12-08T19:00")).webinar().orElseThrow().id();
        subscriptions.subscribe(Channel.SMS, "+13125550101", ZoneId.of("America/Chicago"));
        subscriptions.subscribe(Channel.SMS, "+13125550102", ZoneId.of("America/Chicago"));
        reminders.fire(id, Duration.ofDays(1));
        TestDatabase.jdbc().sql("update outbox set status = 'sent' where address = '+13125550101'").update();
        webinars.cancel(id);
        assertThat(TestDatabase.jdbc().sql("select kind || ':' || address || ':' || status from outbox order by id")
                .query(String.class).list()).containsExactly("reminder:+13125550101:sent",
                "reminder:+13125550102:skipped", "cancellation:+13125550101:pending");
        assertThat(reminders.fire(id, Duration.ofHours(1))).isZero();
    }
}
