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

    /**
     * The last text each thread normalised, and the result: routing one message normalises the same
     * text a dozen times (carrier keywords, commands, intents, toolkit topics), each a Unicode
     * decomposition per word.
     */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    /** The whole text normalised word by word and joined with single spaces. */
    public static String normalize(String text) {
        String[] last = LAST.get();
        if (text.equals(last[0])) {
            return last[1];
        }
        String normalized = String.join(" ", words(text).stream().map(Word::key).toList());
        last[0] = text;
        last[1] = normalized;
        return normalized;
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
