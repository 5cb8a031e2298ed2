package org.beloved.toolkit;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class ToolkitTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/toolkit";
    }
}
