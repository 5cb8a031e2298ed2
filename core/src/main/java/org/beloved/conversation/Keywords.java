package org.beloved.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How typed text is compared with keywords: per word, capitals, accents and punctuation dropped
 * ("¡Español!" is ESPANOL, "help?" is HELP).
 */
public final class Keywords {

    /** Compiled once: routing splits every message many times (a webhook's CPU, JFR). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Keywords() {
    }

    /** One word as a keyword is written; "" when nothing but punctuation is left. */
    private static String normalizeWord(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The whole text normalised word by word and joined with single spaces. */
    public static String normalize(String text) {
        return String.join(" ", words(text).stream().map(Word::key).toList());
    }

    /** The words of {@code text}, each with its raw form and its keyword form; punctuation-only words dropped. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (String raw : SPACES.split(text.strip())) {
            String key = normalizeWord(raw);
            if (!key.isEmpty()) {
                words.add(new Word(raw, key));
            }
        }
        return words;
    }

    record Word(String raw, String key) {
    }
}
