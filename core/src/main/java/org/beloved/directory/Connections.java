package org.beloved.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beloved.messaging.Audience;
import org.beloved.messaging.Message;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Recipient;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CONNECT, for every surface that offers it (CONNECT n and CONNECT #id by text, which the web
 * page's sms: link writes in; Discord's /partners button): Beloved
 * asks a listing's contact, on the channel the listing registered on, whether to share it with a
 * volunteer; neither side sees the other's address. A volunteer may ask {@value #PER_VOLUNTEER_PER_DAY}
 * partners a day, a congregation is asked at most {@value #PER_CONGREGATION_PER_DAY} times a day, and
 * an ask expires after 7 days.
 */
@Service
public class Connections {

    static final Duration EXPIRY = Duration.ofDays(7);
    static final int PER_VOLUNTEER_PER_DAY = 3;
    static final int PER_CONGREGATION_PER_DAY = 5;

    /** What became of a request: the answer's message key and its arguments, in the volunteer's language. */
    public record Answer(String messageKey, Object... args) {
    }

    private final ConnectRequests requests;
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;

    Connections(ConnectRequests requests, Directory directory, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * What CONNECT keeps about anonymous volunteers expires: requests nobody touched (asked or
     * answered) for 7 days, and the partners a sender was shown 7 days ago, are deleted. An ask
     * that old was already refused; deleting it only forgets it. @return rows deleted
     */
    @Transactional
    public int purgeExpired() {
        return requests.purgeUntouchedSince(clock.instant().minus(EXPIRY));
    }

    /** Every listed listing that can be asked (for the map, which shows them all). */
    public Set<Long> askableListed() {
        return requests.askableListed();
    }

    /** Which of these listings can be asked (listed, with a channel to ask on). */
    public Set<Long> askable(List<Long> congregationIds) {
        return requests.askable(congregationIds).keySet();
    }

    /**
     * CONNECT #id: the volunteer asks the listing with that public id, found on the map or the web
     * list rather than in a ZIP answer. A listing that is not on the map (unknown, pending, hidden,
     * removed) is answered as unknown, without its name. The ask names the ZIP the volunteer last
     * searched, or else the listing's own ZIP (they found it on the map near them).
     */
    @Transactional
    public Answer requestListing(Channel channel, String address, long congregationId, Optional<String> searchedZip) {
        Optional<Congregation> listing = directory.find(congregationId)
                .filter(c -> c.status() == Congregation.Status.LISTED);
        if (listing.isEmpty()) {
            return new Answer("connect.unknown-listing", "#" + congregationId);
        }
        return request(channel, address, congregationId, searchedZip.orElse(listing.get().zip()));
    }

    /** The volunteer at {@code channel}/{@code address}, who searched {@code zip}, asks listing {@code congregationId}. */
    @Transactional
    public Answer request(Channel channel, String address, long congregationId, String zip) {
        String name = directory.find(congregationId).map(Congregation::name).orElse("?");
        Map<Long, ConnectRequests.AskAt> askable = requests.askable(List.of(congregationId));
        ConnectRequests.AskAt askAt = askable.get(congregationId);
        if (askAt == null) {
            return new Answer("connect.cannot", name);
        }
        Instant now = clock.instant();
        if (askAt.channel() == channel && askAt.address().equals(address)) {
            return new Answer("connect.own", name);
        }
        if (requests.openAsk(congregationId, channel, address, now.minus(EXPIRY))) {
            return new Answer("connect.already", name);
        }
        Instant dayAgo = now.minus(Duration.ofDays(1));
        if (requests.countByVolunteer(channel, address, dayAgo) >= PER_VOLUNTEER_PER_DAY) {
            return new Answer("connect.volunteer-limit");
        }
        if (requests.countByCongregation(congregationId, dayAgo) >= PER_CONGREGATION_PER_DAY) {
            return new Answer("connect.congregation-limit", name);
        }
        long request = requests.insert(congregationId, channel, address, askAt, zip, now);
        int queued = outbox.enqueue(Message.of(MessageKind.CONNECT_ASK, request, "connect-ask:" + request),
                Audience.of(List.of(new Recipient(askAt.channel(), askAt.address()))));
        if (queued == 0) {
            requests.delete(request);   // the contact opted out of messages: nobody can be asked
            return new Answer("connect.cannot", name);
        }
        return new Answer("connect.asked", name);
    }
}
