package org.beloved.toolkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.beloved.conversation.Keywords;
import org.beloved.shared.Language;

/**
 * Which toolkit sections a few words are about, from each section's own {@code keywords} and
 * title, in either language: "detainer" is section 3, "derechos" section 9, "sheriff" both 5 and
 * 6. A keyword counts when it appears as whole words; a title word counts when a word typed
 * begins it ("detainer" finds "Detainers").
 */
final class ToolkitTopics {

    /** Longer messages are sentences about something else, even with a keyword in them. */
    private static final int MAX_WORDS = 6;

    private final Toolkit toolkit;

    ToolkitTopics(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** The numbers of the sections the text is most about, best first; empty when none. */
    List<Integer> about(String text) {
        String key = " " + Keywords.normalize(text) + " ";
        if (key.isBlank() || key.strip().split(" ").length > MAX_WORDS) {
            return List.of();
        }
        Map<Integer, Integer> scores = new TreeMap<>();
        for (Language language : Language.values()) {
            for (Section section : toolkit.sections(language)) {
                int score = score(key, section);
                if (score > 0) {
                    scores.merge(section.number(), score, Math::max);
                }
            }
        }
        int best = scores.values().stream().max(Integer::compare).orElse(0);
        List<Integer> top = new ArrayList<>();
        scores.forEach((number, score) -> {
            if (score == best) {
                top.add(number);
            }
        });
        top.sort(Comparator.naturalOrder());
        return top;
    }

    private static int score(String key, Section section) {
        int score = 0;
        for (String keyword : section.keywords()) {
            String k = Keywords.normalize(keyword);
            if (!k.isEmpty() && key.contains(" " + k + " ")) {
                score += 2;
            }
        }
        if (score == 0) {
            return 0;
        }
        List<String> titleWords = Arrays.asList(Keywords.normalize(section.title()).split(" "));
        for (String typed : key.strip().split(" ")) {
            if (typed.length() >= 4 && titleWords.stream().anyMatch(t -> t.startsWith(typed))) {
                score += 1;
            }
        }
        return score;
    }

    Optional<Integer> only(String text) {
        List<Integer> about = about(text);
        return about.size() == 1 ? Optional.of(about.get(0)) : Optional.empty();
    }
}
