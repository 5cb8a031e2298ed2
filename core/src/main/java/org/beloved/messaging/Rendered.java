package org.beloved.messaging;

import java.time.Instant;

/** What a renderer decided for one message: send this text, wait until later, or drop it. */
public sealed interface Rendered {

    record Send(String text) implements Rendered {
    }

    /** Not now (quiet hours): try again at {@code until}. */
    record Postpone(Instant until) implements Rendered {
    }

    /** Not at all (the webinar started or was cancelled); {@code reason} goes to the log and the row. */
    record Skip(String reason) implements Rendered {
    }
}
