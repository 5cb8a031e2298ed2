package org.beloved.organizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The roster and the audit log on the real database. */
@CleanDatabase
class OrganizersTest {

    private static final String ANA = "100000000000000031";
    private static final String BEN = "100000000000000032";
    private static final String PHONE = "+14155550123";

    private final MutableClock clock = MutableClock.at("2026-11-30T08:00:00Z");
    private final AuditLog audit = new AuditLog(TestDatabase.jdbc(), clock);

    private OrganizerRoster roster() {
        return new OrganizerRoster(new OrganizerRepository(TestDatabase.jdbc()), audit, clock);
    }

    private static long count(String sql) {
        return TestDatabase.jdbc().sql(sql).query(Long.class).single();
    }

    private static final OrganizerSettings SETTINGS = new OrganizerSettings(List.of(ANA, " " + BEN), List.of(PHONE));

    @Test
    void bootstrapAddsTheOrganizersOfTheSettingsOnceAndAuditsThemAsSettings() {
        OrganizerRoster roster = roster();
        assertThat(roster.bootstrap(SETTINGS)).isEqualTo(3);
        assertThat(roster.bootstrap(SETTINGS)).as("a restart adds nothing").isZero();
        assertThat(roster().bootstrap(SETTINGS)).as("nor does another instance").isZero();

        assertThat(roster.all()).extracting(Organizer::discordUserId).containsExactly(ANA, BEN, null);
        assertThat(roster.all()).allSatisfy(o -> {
            assertThat(o.active()).isTrue();
            assertThat(o.addedBy()).isEqualTo("settings");
            assertThat(o.displayName()).doesNotContain(ANA, BEN, PHONE);
        });
        assertThat(roster.all().get(2).phone()).isEqualTo(PHONE);
        List<AuditEvent> events = audit.newest(null, 10);
        assertThat(events).hasSize(3).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("organizer.add");
            assertThat(e.actor()).isEqualTo("settings");
            assertThat(e.channel()).isEqualTo("settings");
            assertThat(e.recordType()).isEqualTo("organizer");
        });
    }

    @Test
    void twoInstancesBootstrappingAtOnceAddEachOrganizerOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable start = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            roster().bootstrap(SETTINGS);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(start), CompletableFuture.runAsync(start)).get();
        assertThat(count("select count(*) from organizer")).isEqualTo(3);
        assertThat(count("select count(*) from audit_event where action = 'organizer.add'")).isEqualTo(3);
    }

    @Test
    void aRemovalSticksAcrossRestartsAndTheOrganizerCanBeAddedAgainByHand() {
        OrganizerRoster roster = roster();
        roster.bootstrap(SETTINGS);
        roster.refresh();
        long ana = roster.onDiscord(ANA).orElseThrow().id();

        assertThat(roster.remove(ana, Actor.adminToken())).isTrue();
        assertThat(roster.remove(ana, Actor.adminToken())).as("already removed").isFalse();
        assertThat(roster.onDiscord(ANA)).isEmpty();
        roster.bootstrap(SETTINGS);
        roster.refresh();
        assertThat(roster.onDiscord(ANA)).as("the settings do not bring a removed organizer back").isEmpty();

        OrganizerResult again = roster.add(new NewOrganizer("Ana Ruiz", ANA, null), Actor.adminToken());
        assertThat(again.organizer()).get().satisfies(o -> {
            assertThat(o.id()).isEqualTo(ana);
            assertThat(o.displayName()).isEqualTo("Ana Ruiz");
            assertThat(o.active()).isTrue();
        });
        assertThat(roster.onDiscord(ANA)).get().extracting(Organizer::displayName).isEqualTo("Ana Ruiz");
    }

    @Test
    void addingChecksTheRequestAndRefusesADuplicate() {
        OrganizerRoster roster = roster();
        assertThat(roster.add(new NewOrganizer(" ", "12", "4155550123"), Actor.adminToken()).problems())
                .containsExactly("displayName must be 1 to 100 characters",
                        "discordUserId must be a Discord user id (17 to 20 digits)", "phone must be in E.164, like +14155550123");
        assertThat(roster.add(new NewOrganizer("Ana", null, ""), Actor.adminToken()).problems())
                .containsExactly("give a discordUserId or a phone");
        assertThat(roster.add(new NewOrganizer("Ana", ANA, PHONE), Actor.adminToken()).organizer()).isPresent();
        assertThat(roster.add(new NewOrganizer("Ana again", ANA, null), Actor.adminToken()).problems())
                .containsExactly("that Discord user id or phone number is already an organizer");
        assertThat(count("select count(*) from organizer")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event")).as("only the one added").isEqualTo(1);
    }

    @Test
    void theAuditLogIsReadNewestFirstFromAMomentOnWithinALimit() {
        Actor organizer = new Actor(7L, "Ana Ruiz", AuditChannel.DISCORD);
        audit.record(organizer, AuditAction.LISTING_APPROVE, "congregation", "1");
        clock.advance(Duration.ofMinutes(1));
        audit.record(Actor.adminToken(), AuditAction.WEBINAR_CREATE, "webinar", "2");
        clock.advance(Duration.ofMinutes(1));
        audit.record(organizer, AuditAction.LISTING_HIDE, "congregation", "3");

        assertThat(audit.newest(null, 100)).extracting(AuditEvent::recordId).containsExactly("3", "2", "1");
        assertThat(audit.newest(Instant.parse("2026-11-30T08:01:00Z"), 100)).extracting(AuditEvent::recordId)
                .containsExactly("3", "2");
        assertThat(audit.newest(null, 1)).singleElement().satisfies(e -> {
            assertThat(e.organizerId()).isEqualTo(7L);
            assertThat(e.actor()).isEqualTo("Ana Ruiz");
            assertThat(e.action()).isEqualTo("listing.hide");
            assertThat(e.channel()).isEqualTo("discord");
            assertThat(e.at()).isEqualTo(Instant.parse("2026-11-30T08:02:00Z"));
        });
        assertThat(audit.newest(null, 10).get(1).organizerId()).isNull();
        assertThatThrownBy(() -> audit.newest(null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.newest(null, AuditLog.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteMyDataTakesTheSendersNumberOrDiscordIdOutOfTheOrganizerTable() {
        OrganizerRoster roster = roster();
        OrganizersPersonalData personalData = new OrganizersPersonalData(roster);
        long phoneOnly = roster.add(new NewOrganizer("Ana", null, PHONE), Actor.adminToken()).organizer().orElseThrow().id();
        long both = roster.add(new NewOrganizer("Ben", BEN, "+14155550199"), Actor.adminToken()).organizer().orElseThrow().id();

        assertThat(personalData.erase(org.beloved.shared.Channel.SMS, PHONE)).get()
                .extracting(org.beloved.shared.PersonalData.Erased::messageKey).isEqualTo("erased.organizer");
        assertThat(personalData.erase(org.beloved.shared.Channel.SMS, "+14155550199")).isPresent();
        assertThat(personalData.erase(org.beloved.shared.Channel.SMS, PHONE)).as("nothing left").isEmpty();
        assertThat(roster.all()).extracting(Organizer::id).containsExactly(both);
        assertThat(roster.onDiscord(BEN)).as("Ben is still an organizer on Discord").isPresent();
        assertThat(TestDatabase.jdbc().sql("select count(*) from organizer where phone is not null").query(Long.class).single())
                .isZero();

        assertThat(personalData.erase(org.beloved.shared.Channel.DISCORD, BEN)).isPresent();
        assertThat(roster.all()).isEmpty();
        assertThat(roster.onDiscord(BEN)).isEmpty();
        assertThat(audit.newest(null, 10)).filteredOn(e -> e.action().equals("organizer.erase"))
                .extracting(AuditEvent::recordId, AuditEvent::actor, AuditEvent::channel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Long.toString(both), "delete-my-data", "discord"),
                        org.assertj.core.groups.Tuple.tuple(Long.toString(both), "delete-my-data", "sms"),
                        org.assertj.core.groups.Tuple.tuple(Long.toString(phoneOnly), "delete-my-data", "sms"));
    }
}
