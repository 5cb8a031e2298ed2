package org.beloved.sms;

import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Finds a message we sent in Twilio's message list: {@code To} the recipient, {@code DateSent>}
 * the day of the claim (Twilio filters by whole days), then, on our side, created no earlier than
 * the claim less a clock skew and with exactly the body we send. When that finds nothing, the
 * recipient's list is read once more without the date filter, for a message still queued at
 * Twilio (not sent, so without a date_sent). Twilio lists newest first, so pages are read until
 * one reaches back past the claim. A list longer than {@link #MAX_PAGES}
 * pages is reported like a failed call (an {@link ApiException}): the caller cannot tell then.
 */
final class MessageLookup {

    /** How far Twilio's clock and ours may disagree. */
    static final Duration SKEW = Duration.ofMinutes(2);
    static final long PAGE_SIZE = 50;
    static final int MAX_PAGES = 10;

    private MessageLookup() {
    }

    /** @throws ApiException when Twilio could not be asked, or the list is too long to read */
    static Optional<Message> find(TwilioRestClient twilio, String to, String body, Instant since) {
        Instant from = since.minus(SKEW);
        ZonedDateTime day = ZonedDateTime.ofInstant(from, ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        Optional<Message> sent = search(twilio, Message.reader().setTo(to).setDateSentAfter(day), body, from);
        if (sent.isPresent()) {
            return sent;
        }
        // A message Twilio has taken but not sent yet (queued) has no date_sent: the DateSent filter leaves it out.
        return search(twilio, Message.reader().setTo(to), body, from);
    }

    private static Optional<Message> search(TwilioRestClient twilio, MessageReader reader, String body, Instant from) {
        reader.setPageSize(PAGE_SIZE);
        Page<Message> page = reader.firstPage(twilio);
        for (int pages = 1; ; pages++) {
            Optional<Message> found = page.getRecords().stream().filter(m -> matches(m, body, from)).findFirst();
            if (found.isPresent() || !page.hasNextPage() || reachesBack(page, from)) {
                return found;
            }
            if (pages == MAX_PAGES) {
                throw new ApiException("more than " + MAX_PAGES + " pages of messages to read");
            }
            page = reader.nextPage(page, twilio);
        }
    }

    private static boolean matches(Message message, String body, Instant from) {
        ZonedDateTime created = message.getDateCreated();
        return body.equals(message.getBody()) && (created == null || !created.toInstant().isBefore(from));
    }

    /** Whether the page holds a message older than {@code from}: the pages after it are older still. */
    private static boolean reachesBack(Page<Message> page, Instant from) {
        return page.getRecords().stream().map(Message::getDateCreated)
                .anyMatch(created -> created != null && created.toInstant().isBefore(from));
    }
}
