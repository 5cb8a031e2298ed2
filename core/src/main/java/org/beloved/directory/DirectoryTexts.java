package org.beloved.directory;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class DirectoryTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/directory";
    }
}
