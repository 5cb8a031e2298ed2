package org.beloved.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beloved.messaging.Audience;
import org.beloved.messaging.Message;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Recipient;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fresh listings. Every {@value #CYCLE_DAYS} days a listed congregation's contact is asked, on the
 * channel the listing registered on (a web sign-up: its phone), whether it is still part of the
 * campaign ({@link MessageKind#LISTING_CHECK_IN}, through the outbox: once each, quiet hours kept,
 * opted-out contacts never asked). YES keeps it and starts 90 new days; NO hides it. A check-in
 * unanswered for {@value #WAIT_DAYS} days is sent once more; {@value #WAIT_DAYS} days after that
 * second one the listing is hidden pending an organizer ({@link #stale}). A listing nobody can be
 * asked about goes to the organizers at once, hidden. An organizer puts a hidden listing back with
 * {@link #restore}; approving a listing ({@link Directory#approve}) starts its 90 days too.
 */
@Service
public class ListingCheckIns {

    static final int CYCLE_DAYS = 90;
    static final int WAIT_DAYS = 14;
    static final Duration CYCLE = Duration.ofDays(CYCLE_DAYS);
    static final Duration WAIT = Duration.ofDays(WAIT_DAYS);
    /** Listings looked at per step and run; the rest wait for the next run (hourly). */
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ListingCheckIns.class);

    /** What one run did: check-ins enqueued (first and second), and listings hidden (silent, no channel). */
    public record Run(int asked, int askedAgain, int hiddenSilent, int hiddenNoChannel) {
    }

    private final FreshnessStore store;
    private final CongregationRepository congregations;
    private final Outbox outbox;
    private final Clock clock;

    ListingCheckIns(FreshnessStore store, CongregationRepository congregations, Outbox outbox, Clock clock) {
        this.store = store;
        this.congregations = congregations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * One pass of the check-in cycle, as the scheduled job runs it: listings whose 90 days are over
     * are asked (or, with nobody to ask, hidden for an organizer); check-ins unanswered for 14 days
     * are asked again, and after the second, the listing is hidden for an organizer.
     */
    @Transactional
    public Run run() {
        Instant now = clock.instant();
        int silent = 0;
        for (FreshnessStore.Waiting waiting : store.unanswered(2, now.minus(WAIT), BATCH)) {
            if (store.closeWaiting(waiting, "silent", now)) {
                congregations.setStatus(waiting.id(), Congregation.Status.HIDDEN, now);
                silent++;
            }
        }
        int again = 0;
        for (FreshnessStore.Waiting waiting : store.unanswered(1, now.minus(WAIT), BATCH)) {
            if (store.askAgain(waiting, now)) {
                again += ask(waiting.id(), waiting.round(), 2, new ConnectRequests.AskAt(waiting.channel(),
                        waiting.address()), now);
            }
        }
        int asked = 0;
        int noChannel = 0;
        for (FreshnessStore.Due due : store.due(now.minus(CYCLE), BATCH)) {
            if (due.askAt().isEmpty()) {
                hideNoChannel(due.id(), now);
                noChannel++;
            } else if (store.startRound(due, now)) {
                int queued = ask(due.id(), due.round() + 1, 1, due.askAt().get(), now);
                asked += queued;
                noChannel += 1 - queued;
            }
        }
        return new Run(asked, again, silent, noChannel);
    }

    /** Enqueues one check-in; 1 when queued, 0 when its contact opted out (the listing then goes to the organizers). */
    private int ask(long id, int round, int ask, ConnectRequests.AskAt at, Instant now) {
        int queued = outbox.enqueue(Message.of(MessageKind.LISTING_CHECK_IN, id,
                        MessageKind.LISTING_CHECK_IN.code() + ":" + id + ":" + round + ":" + ask),
                Audience.of(List.of(new Recipient(at.channel(), at.address()))));
        if (queued == 0) {
            log.info("Listing {}: its contact {} cannot be messaged; hidden for an organizer", id, Pii.mask(at.address()));
            hideNoChannel(id, now);
            return 0;
        }
        return 1;
    }

    private void hideNoChannel(long id, Instant now) {
        store.close(id, "no-channel", now);
        congregations.setStatus(id, Congregation.Status.HIDDEN, now);
    }

    /** Listings hidden by the check-in and waiting for an organizer, longest waiting first. */
    public List<StaleListing> stale(int limit) {
        return store.stale(limit);
    }

    /**
     * An organizer puts a hidden listing back on the map (whatever hid it): it is listed again and
     * its 90 days start now. False when there is no hidden listing with that id.
     */
    @Transactional
    public boolean restore(long id) {
        boolean hidden = congregations.find(id).filter(c -> c.status() == Congregation.Status.HIDDEN).isPresent();
        if (!hidden) {
            return false;
        }
        Instant now = clock.instant();
        congregations.setStatus(id, Congregation.Status.LISTED, now);
        store.confirm(id, now);
        return true;
    }
}
