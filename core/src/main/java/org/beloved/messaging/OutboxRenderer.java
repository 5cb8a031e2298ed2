package org.beloved.messaging;

import java.util.Set;

/** Writes the messages of some outbox kinds at dispatch time, in the recipient's language and zone. */
public interface OutboxRenderer {

    Set<String> kinds();

    Rendered render(OutboxMessage message);
}
