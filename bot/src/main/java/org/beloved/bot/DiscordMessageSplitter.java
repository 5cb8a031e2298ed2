package org.beloved.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into Discord messages of at most {@link #LIMIT} characters: at paragraph boundaries
 * (blank lines) first, then line breaks, then sentence ends, then spaces, and only then a hard cut;
 * never inside a surrogate pair, never after a bare list number, never at the dot of an
 * abbreviation such as "v." (so a sentence, and a link in it, stays whole).
 */
final class DiscordMessageSplitter {

    private static final Pattern ENDS_ON_BARE_NUMBER = Pattern.compile("(?:^|\n)\\d{1,3}[.)]?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![\\s(]\\p{L})[.!?] ");

    static final int LIMIT = 2000;

    private DiscordMessageSplitter() {
    }

    static List<String> split(String text) {
        return split(text, LIMIT);
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cut(rest, limit);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Where to end the next part: the last good boundary within the limit, from the best kind down. */
    private static int cut(String text, int limit) {
        String window = text.substring(0, limit + 1);
        int[] ends = {lastBreak(window, "\n\n"), lastBreak(window, "\n"), lastSentenceEnd(window), lastBreak(window, " ")};
        for (int end : ends) {
            if (end > 0) {
                return Math.min(end + 1, limit);
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** The index of the last {@code separator} that does not leave a bare list number before it. */
    private static int lastBreak(String window, String separator) {
        int at = window.lastIndexOf(separator);
        while (at > 0 && ENDS_ON_BARE_NUMBER.matcher(window.substring(0, at)).find()) {
            at = window.lastIndexOf(separator, at - 1);
        }
        return at;
    }

    /** The index of the last ". ", "! " or "? " that ends a sentence (so the cut keeps the mark). */
    private static int lastSentenceEnd(String window) {
        Matcher m = SENTENCE_END.matcher(window);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
