package org.beloved.shared;

import java.util.Locale;

/** The languages every bot sentence exists in. */
public enum Language {
    EN(Locale.ENGLISH),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code stored in the database and used in URLs ({@code en}, {@code es}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** English for anything that is not a Spanish language tag. */
    public static Language fromCode(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("es") ? ES : EN;
    }
}
