package org.beloved.conversation;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class ConversationTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/conversation";
    }
}
