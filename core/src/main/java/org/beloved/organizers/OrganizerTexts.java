package org.beloved.organizers;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class OrganizerTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/organizers";
    }
}
