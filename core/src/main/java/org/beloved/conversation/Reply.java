package org.beloved.conversation;

import java.util.List;
import org.beloved.shared.Language;

/**
 * What the bot answers: one or more messages, in the sender's language. An empty list means a
 * deliberate silence (the channel sends nothing).
 */
public record Reply(Language language, List<String> messages) {

    public Reply {
        messages = List.copyOf(messages);
    }
}
