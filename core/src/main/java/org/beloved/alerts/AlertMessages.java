package org.beloved.alerts;

import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * An alert's text as each recipient gets it: the organizer's text in their language, then a line
 * saying how to stop alerts on that channel. The preview counts SMS segments on this same text.
 */
@Component
class AlertMessages {

    private final Texts texts;

    AlertMessages(Texts texts) {
        this.texts = texts;
    }

    String text(Alert alert, Channel channel, Language language) {
        return text(alert.text(language), channel, language);
    }

    String text(String body, Channel channel, Language language) {
        String stop = texts.get(language, channel == Channel.DISCORD ? "alerts.stop-discord" : "alerts.stop-sms");
        return body + "\n" + stop;
    }
}
