package org.beloved.webinars;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class WebinarTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/webinars";
    }
}
