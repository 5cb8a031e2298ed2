package org.beloved.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a reply that would take more than the segment budget into pages that each fit it,
 * leaving room for the "Reply MORE" line on every page but the last. Breaks between words.
 */
final class Pages {

    private Pages() {
    }

    /** Empty when the messages fit the budget together; else pages of their joined text. */
    static Optional<List<String>> ifOverBudget(List<String> messages, int budget, String moreLine) {
        int total = messages.stream().mapToInt(Segments::count).sum();
        if (total <= budget) {
            return Optional.empty();
        }
        return Optional.of(pagesOf(String.join("\n\n", messages), budget, moreLine));
    }

    private static List<String> pagesOf(String text, int budget, String moreLine) {
        List<String> pages = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (Segments.count(rest) <= budget) {
                pages.add(rest);
                break;
            }
            int cut = longestPrefixThatFits(rest, budget, moreLine);
            pages.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return pages;
    }

    /** The end of the longest prefix, ending at a word break when there is one, that fits with the MORE line. */
    private static int longestPrefixThatFits(String text, int budget, String moreLine) {
        int lastBreak = -1;
        int lastFit = 0;
        for (int end = 1; end <= text.length(); end++) {
            if (Segments.count(text.substring(0, end).strip() + "\n" + moreLine) > budget) {
                break;
            }
            lastFit = end;
            if (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                lastBreak = end;
            }
        }
        if (lastFit == 0) {
            throw new IllegalArgumentException("a segment budget of " + budget + " cannot hold any text with " + moreLine);
        }
        return lastBreak > 0 && lastFit < text.length() ? lastBreak : lastFit;
    }
}
