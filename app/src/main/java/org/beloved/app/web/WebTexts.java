package org.beloved.app.web;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

/** The public web page's sentences ({@code i18n/web_en.properties}, {@code web_es}). */
@Component
class WebTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/web";
    }
}
