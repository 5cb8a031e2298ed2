package org.beloved.webinars;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.beloved.shared.Language;

/** The language a webinar is given in; {@code code()} is how the API, forms and the database write it. */
public enum WebinarLanguage {
    EN("en", List.of(Language.EN)),
    ES("es", List.of(Language.ES)),
    BOTH("both", List.of(Language.EN, Language.ES));

    private final String code;
    private final List<Language> languages;

    WebinarLanguage(String code, List<Language> languages) {
        this.code = code;
        this.languages = languages;
    }

    public String code() {
        return code;
    }

    /** The languages its announcements are written in. */
    public List<Language> languages() {
        return languages;
    }

    public static Optional<WebinarLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
