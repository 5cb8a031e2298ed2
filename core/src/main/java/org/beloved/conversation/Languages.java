package org.beloved.conversation;

import java.time.Clock;
import java.util.Optional;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.stereotype.Service;

/**
 * The language each sender chose, for channels that set it outside a text conversation (the
 * Discord {@code /language} command). The same memory the conversation engine uses.
 */
@Service
public class Languages {

    private final SenderStore senders;
    private final Clock clock;

    Languages(SenderStore senders, Clock clock) {
        this.senders = senders;
        this.clock = clock;
    }

    /** The language this sender chose, if they ever did. */
    public Optional<Language> remembered(Channel channel, String address) {
        return senders.language(channel, address);
    }

    public void remember(Channel channel, String address, Language language) {
        senders.saveLanguage(channel, address, language, clock.instant());
    }
}
