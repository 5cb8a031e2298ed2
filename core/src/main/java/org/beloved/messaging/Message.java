package org.beloved.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * A message a feature asks messaging to deliver, once per recipient. Its text is written when it
 * goes out, by the kind's {@link OutboxRenderer}, from the subject as it then is.
 *
 * @param subjectId the id, in the sending feature, of what the message is about (a webinar)
 * @param lead how long before the subject's moment it was planned (a reminder's offset), or zero
 * @param key what makes it one message: enqueueing the same key for the same recipient again adds nothing
 * @param urgent whether it goes ahead of every message already waiting on its channel (an urgent
 *     alert): its rows are due just before the oldest due row there. Quiet hours stay the renderer's decision.
 */
public record Message(MessageKind kind, long subjectId, Duration lead, String key, boolean urgent) {

    public Message(MessageKind kind, long subjectId, Duration lead, String key) {
        this(kind, subjectId, lead, key, false);
    }

    public Message {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(key, "key");
    }

    public static Message of(MessageKind kind, long subjectId, String key) {
        return new Message(kind, subjectId, Duration.ZERO, key);
    }

    /** A message that goes ahead of those already waiting (see {@link #urgent()}). */
    public static Message urgent(MessageKind kind, long subjectId, String key) {
        return new Message(kind, subjectId, Duration.ZERO, key, true);
    }
}
