package org.beloved.alerts;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class AlertTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/alerts";
    }
}
