package org.beloved.messaging;

import java.util.List;

/**
 * Who a message goes to, as the sending feature knows them. Messaging turns an audience into one
 * outbox row per recipient in a single statement, leaving out whoever opted out.
 */
public sealed interface Audience {

    /** These recipients (for example a webinar's subscribers). */
    record Listed(List<Recipient> recipients) implements Audience {

        public Listed {
            recipients = List.copyOf(recipients);
        }
    }

    /** Everyone already sent a message of {@code kind} about {@code subjectId} (those reminded of a webinar). */
    record AlreadySent(MessageKind kind, long subjectId) implements Audience {
    }

    static Audience of(List<Recipient> recipients) {
        return new Listed(recipients);
    }

    static Audience alreadySent(MessageKind kind, long subjectId) {
        return new AlreadySent(kind, subjectId);
    }
}
