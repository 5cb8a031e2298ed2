package org.beloved.app.web;

import org.beloved.shared.Language;
import org.beloved.shared.Texts;

/** A page's sentences in its language, for the templates: {@code t.get('web.home.title')}. */
public record PageTexts(Texts texts, Language language) {

    public String get(String key) {
        return texts.get(language, key);
    }

    public String get(String key, Object arg) {
        return texts.get(language, key, arg);
    }

    public String get(String key, Object first, Object second) {
        return texts.get(language, key, first, second);
    }

    public String get(String key, Object first, Object second, Object third, Object fourth) {
        return texts.get(language, key, first, second, third, fourth);
    }
}
