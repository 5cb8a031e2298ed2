package org.beloved.app.console;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

/** The organizer console's sentences ({@code i18n/console_en.properties}, {@code console_es}). */
@Component
class ConsoleTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/console";
    }
}
