package org.beloved.messaging;

import java.util.Set;

/**
 * Writes the messages of some outbox kinds at dispatch time, in the recipient's language and zone.
 * Implemented by the feature that sends them; each kind has exactly one renderer.
 */
public interface OutboxRenderer {

    Set<MessageKind> kinds();

    Rendered render(OutboxMessage message);
}
