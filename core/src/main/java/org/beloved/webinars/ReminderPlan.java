package org.beloved.webinars;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.beloved.shared.Channel;

/**
 * One of a webinar's reminders (one per configured offset), as organizers see it.
 *
 * @param offset how long before the start it is planned
 * @param at {@link Status#PLANNED}: when its trigger fires; {@link Status#SENT}: when it was handed to
 *     messaging; otherwise the start less the offset
 * @param status where it stands
 * @param recipients {@link Status#SENT}: whom it went to, by channel; otherwise whom it would go to
 *     now (today's subscribers on SMS and Discord)
 * @param waitForQuietHours of the SMS recipients, how many would get it only when quiet hours end in
 *     their own zone (never for the last reminder, which is not held back)
 */
public record ReminderPlan(Duration offset, Instant at, Status status, Map<Channel, Long> recipients,
        long waitForQuietHours) {

    public enum Status {
        /** Its trigger is in the schedule. */
        PLANNED,
        /** It fired for the webinar's current start and was handed to messaging. */
        SENT,
        /** Its moment passed with nothing sent: it was too late when the webinar was scheduled or moved, or nobody was subscribed. */
        PASSED,
        /** Its moment is ahead but the schedule holds no trigger for it (no scheduler runs here). */
        NOT_SCHEDULED
    }

    public ReminderPlan {
        recipients = Map.copyOf(recipients);
    }

    public long recipients(Channel channel) {
        return recipients.getOrDefault(channel, 0L);
    }
}
