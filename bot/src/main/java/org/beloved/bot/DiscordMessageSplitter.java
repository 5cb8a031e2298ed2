package org.beloved.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into Discord messages of at most {@link #LIMIT} characters: at paragraph boundaries
 * (blank lines) first, then line breaks, then sentence ends, then spaces, and only then a hard cut;
 * never inside a surrogate pair.
 */
final class DiscordMessageSplitter {

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
        int[] ends = {window.lastIndexOf("\n\n"), window.lastIndexOf('\n'), lastSentenceEnd(window), window.lastIndexOf(' ')};
        for (int end : ends) {
            if (end > 0) {
                return Math.min(end + 1, limit);
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** The index of the last ". ", "! " or "? " (so the cut keeps the mark). */
    private static int lastSentenceEnd(String window) {
        return Math.max(window.lastIndexOf(". "), Math.max(window.lastIndexOf("! "), window.lastIndexOf("? ")));
    }
}
