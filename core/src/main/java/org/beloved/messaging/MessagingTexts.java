package org.beloved.messaging;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class MessagingTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/messaging";
    }
}
