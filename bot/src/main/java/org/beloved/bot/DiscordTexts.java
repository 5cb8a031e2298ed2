package org.beloved.bot;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class DiscordTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/discord";
    }
}
