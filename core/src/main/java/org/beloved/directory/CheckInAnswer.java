package org.beloved.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beloved.conversation.Answers;
import org.beloved.conversation.FreeText;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's YES or NO (SÍ, SI, NO...) to the 90-day check-in waiting for them ({@link ListingCheckIns}):
 * YES keeps every listing they were asked about on the map for 90 new days, NO hides them (an
 * organizer can put them back). With no check-in waiting, or a CONNECT ask newer than it, the
 * answer is not this handler's: it declines, and YES and NO keep their other meanings
 * ({@link ConnectAnswer}).
 */
@Component
class CheckInAnswer implements FreeText {

    private final FreshnessStore store;
    private final ConnectRequests connectRequests;
    private final CongregationRepository congregations;
    private final Clock clock;

    CheckInAnswer(FreshnessStore store, ConnectRequests connectRequests, CongregationRepository congregations,
            Clock clock) {
        this.store = store;
        this.connectRequests = connectRequests;
        this.congregations = congregations;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String text) {
        return Answers.isYes(text) || Answers.isNo(text);
    }

    /** Before CONNECT's answer (10): a waiting check-in is asked about first. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    @Transactional
    public Outcome handle(Turn turn, String text) {
        Inbound in = turn.inbound();
        List<FreshnessStore.Waiting> waiting = store.waitingFor(in.channel(), in.sender());
        Instant now = clock.instant();
        if (waiting.isEmpty() || newerConnectAsk(in, waiting.get(0).askedAt(), now)) {
            return Outcome.decline();
        }
        boolean yes = Answers.isYes(text);
        List<String> names = new ArrayList<>();
        for (FreshnessStore.Waiting w : waiting) {
            if (store.closeWaiting(w, yes ? "fresh" : "declined", now)) {
                if (yes) {
                    store.confirm(w.id(), now);
                } else {
                    congregations.setStatus(w.id(), Congregation.Status.HIDDEN, now);
                }
                names.add(w.name());
            }
        }
        if (names.isEmpty()) {
            return Outcome.decline();
        }
        String listings = String.join(", ", names);
        return Outcome.reply(yes ? turn.t("freshness.answered-yes", listings, ListingCheckIns.CYCLE_DAYS)
                : turn.t("freshness.answered-no", listings));
    }

    /** Whether a CONNECT ask, still open, reached this contact after the check-in: the YES or NO is for it. */
    private boolean newerConnectAsk(Inbound in, Instant checkInAskedAt, Instant now) {
        Optional<ConnectRequests.Request> ask = connectRequests.latestAsked(in.channel(), in.sender());
        return ask.filter(r -> r.createdAt().isAfter(checkInAskedAt))
                .filter(r -> !r.createdAt().isBefore(now.minus(Connections.EXPIRY))).isPresent();
    }
}
