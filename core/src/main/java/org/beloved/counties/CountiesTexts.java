package org.beloved.counties;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class CountiesTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/counties";
    }
}
