package org.beloved.conversation;

import java.util.Collection;
import java.util.Optional;

/** The keyword nearest a mistyped word ("REMAIND" is REMIND): one or two letters off, by length. */
final class Suggestions {

    private Suggestions() {
    }

    /** The known keyword nearest some run of the text's words, if one is near enough to be meant. */
    static Optional<String> nearest(String text, Collection<String> keywords) {
        String key = Keywords.normalize(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String keyword : keywords) {
            for (String candidate : candidates(key, keyword.split(" ").length)) {
                int allowed = candidate.length() >= 7 ? 2 : candidate.length() >= 4 ? 1 : 0;
                int d = distance(candidate, keyword);
                if (d <= allowed && d < bestDistance) {
                    best = keyword;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Runs of {@code n} consecutive words, the whole text first. */
    private static java.util.List<String> candidates(String key, int n) {
        String[] words = key.split(" ");
        java.util.List<String> runs = new java.util.ArrayList<>();
        for (int i = 0; i + n <= words.length; i++) {
            runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
        }
        return runs;
    }

    /** Edits between two words, a swap of two neighbouring letters counting as one ("HEPL" is one from HELP). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
