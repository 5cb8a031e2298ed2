package org.beloved.shared;

import java.text.Normalizer;

/**
 * Text as it comes in from people (SMS bodies, Discord messages and forms, web forms and APIs),
 * made fit to store and route, in one place. Every inbound boundary calls {@link #clean} before
 * anything is stored or routed; outputs that must stay well-formed whatever a stored row holds
 * (TwiML, iCalendar) call {@link #strip}.
 *
 * <p>What is kept: printable text, newline and tab. What goes: every other control character
 * (C0, DEL, C1), a carriage return (a CR LF pair or a lone CR becomes one newline), a lone UTF-16
 * surrogate and the non-characters U+FFFE and U+FFFF (none of them can be written as XML or
 * stored as valid UTF-8). The rest is normalised to NFC, so the same words are the same text
 * however the sender's keyboard composed them. A NUL is different: PostgreSQL cannot store it and
 * it is never typed by a person, so {@link #clean} refuses the whole text rather than guess.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Thrown by {@link #clean} for a text holding a NUL: an answer to give the sender, not a failure (no stack trace). */
    public static final class Unacceptable extends IllegalArgumentException {

        private Unacceptable() {
            super("text must not contain NUL characters");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Whether {@code text} holds a NUL (U+0000), which {@link #clean} refuses; null holds none. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /**
     * Inbound text made fit to store: see the class comment. Null stays null.
     *
     * @throws Unacceptable if the text holds a NUL
     */
    public static String clean(String text) {
        if (hasNul(text)) {
            throw new Unacceptable();
        }
        return strip(text);
    }

    /** Like {@link #clean}, but a NUL is removed too: for output built from rows stored before cleaning existed. */
    public static String strip(String text) {
        if (text == null || (isPlain(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC))) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                kept.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (keeps(c)) {
                kept.append(c);
            }
        }
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** True when no character of {@code text} needs removing or changing (the common case: no copy). */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c == '\r' || !keeps(c)) {
                return false;
            }
        }
        return true;
    }

    /** A single UTF-16 unit that may stay: not a control other than newline and tab, not a surrogate, not a non-character. */
    private static boolean keeps(char c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
