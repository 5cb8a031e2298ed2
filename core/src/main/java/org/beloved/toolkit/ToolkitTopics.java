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

    /** A section's keywords and title words as typed text is compared with them. */
    private record Topic(int number, List<String> keywords, List<String> titleWords) {

        static Topic of(Section section) {
            return new Topic(section.number(),
                    section.keywords().stream().map(Keywords::normalize).filter(k -> !k.isEmpty())
                            .map(k -> " " + k + " ").toList(),
                    List.of(Keywords.normalize(section.title()).split(" ")));
        }
    }

    /**
     * Every section of both languages, normalised once: the toolkit does not change after start-up,
     * and normalising every keyword for every text was a fifth of a ZIP webhook's CPU (JFR).
     */
    private final List<Topic> topics;

    ToolkitTopics(Toolkit toolkit) {
        this.topics = Arrays.stream(Language.values()).flatMap(language -> toolkit.sections(language).stream())
                .map(Topic::of).toList();
    }

    /** The numbers of the sections the text is most about, best first; empty when none. */
    List<Integer> about(String text) {
        String key = " " + Keywords.normalize(text) + " ";
        if (key.isBlank() || key.strip().split(" ").length > MAX_WORDS) {
            return List.of();
        }
        Map<Integer, Integer> scores = new TreeMap<>();
        for (Topic topic : topics) {
            int score = score(key, topic);
            if (score > 0) {
                scores.merge(topic.number(), score, Math::max);
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

    private static int score(String key, Topic topic) {
        int score = 0;
        for (String keyword : topic.keywords()) {
            if (key.contains(keyword)) {
                score += 2;
            }
        }
        if (score == 0) {
            return 0;
        }
        for (String typed : key.strip().split(" ")) {
            if (typed.length() >= 4 && topic.titleWords().stream().anyMatch(t -> t.startsWith(typed))) {
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
