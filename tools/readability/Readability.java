import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Readability of the toolkit, per section and language, as a Markdown table.
 *
 * <pre>java tools/readability/Readability.java [toolkit-dir]</pre>
 *
 * <p>{@code toolkit-dir} holds {@code en/} and {@code es/} section files (default: the shipped
 * toolkit, {@code core/src/main/resources/toolkit}). Each section's body is measured without its
 * front matter, its Markdown marks, its URLs, its "Sources"/"Fuentes" part and its review date.
 * English: the Flesch-Kincaid grade level (0.39 words per sentence + 11.8 syllables per word - 15.59;
 * a US school grade, lower is easier). Spanish: the Fernández-Huerta index (206.84 - 0.60 syllables
 * per 100 words - 1.02 sentences per 100 words; 0 to 100, higher is easier: 80-90 easy, 70-80
 * fairly easy, about grade 7, 60-70 standard, about grades 8 and 9). Syllables are counted by
 * vowel groups (English: silent final e dropped; Spanish: strong vowels side by side and accented
 * í/ú split a group), so figures are estimates to compare sections, not exact values. A heading or
 * list item without a final stop counts as one sentence. Java 17, no dependencies.
 */
public final class Readability {

    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\n(.*?)\\n---\\n(.*)\\z");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"')»]*(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");

    private Readability() {
    }

    /** One section file's figures. */
    record Figures(int number, String id, int words, int sentences, int syllables) {

        double fleschKincaid() {
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }

        double fernandezHuerta() {
            return 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * (100.0 * sentences / words);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "core/src/main/resources/toolkit");
        if (!Files.isDirectory(dir.resolve("en")) || !Files.isDirectory(dir.resolve("es"))) {
            System.err.println("No en/ and es/ folders in " + dir.toAbsolutePath()
                    + ". Usage: java tools/readability/Readability.java [toolkit-dir]");
            System.exit(2);
        }
        System.out.println("# Toolkit readability (" + dir + ")");
        System.out.println();
        table(dir, "en", "English: Flesch-Kincaid grade level (a US school grade; lower is easier; aim for 8 or lower)",
                "FK grade");
        table(dir, "es", "Spanish: Fernández-Huerta index (0-100; higher is easier; 70-80 is fairly easy,"
                + " about grade 7; 60-70 standard, about grades 8-9)", "Fernández-Huerta");
    }

    private static void table(Path dir, String lang, String title, String measure) throws IOException {
        List<Figures> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(lang))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                all.add(measure(Files.readString(file, StandardCharsets.UTF_8), lang, file.getFileName().toString()));
            }
        }
        System.out.println("## " + title);
        System.out.println();
        System.out.println("| # | section | words | sentences | " + measure + " |");
        System.out.println("| ---: | --- | ---: | ---: | ---: |");
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %d | %.1f |%n", f.number(), f.id(), f.words(), f.sentences(),
                    lang.equals("es") ? f.fernandezHuerta() : f.fleschKincaid());
            words += f.words();
            sentences += f.sentences();
            syllables += f.syllables();
        }
        if (!all.isEmpty() && words > 0) {
            Figures total = new Figures(0, "whole toolkit", words, Math.max(1, sentences), syllables);
            System.out.printf(Locale.ROOT, "| | **%s** | %d | %d | %.1f |%n", total.id(), total.words(), total.sentences(),
                    lang.equals("es") ? total.fernandezHuerta() : total.fleschKincaid());
        }
        System.out.println();
    }

    static Figures measure(String file, String lang, String name) {
        String text = file.replace("\r\n", "\n");
        Matcher m = FRONT_MATTER.matcher(text);
        String id = name;
        int number = 0;
        String body = text;
        if (m.matches()) {
            for (String line : m.group(1).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals("id")) {
                    id = line.substring(colon + 1).strip();
                } else if (colon > 0 && line.substring(0, colon).strip().equals("number")) {
                    number = Integer.parseInt(line.substring(colon + 1).strip());
                }
            }
            body = m.group(2);
        }
        String plain = plain(withoutSources(body, lang));
        int words = 0;
        int syllables = 0;
        Matcher w = WORD.matcher(plain);
        while (w.find()) {
            words++;
            syllables += lang.equals("es") ? spanishSyllables(w.group()) : englishSyllables(w.group());
        }
        return new Figures(number, id, Math.max(1, words), Math.max(1, sentences(plain)), syllables);
    }

    /** The body up to its "## Sources" ("## Fuentes") heading, without the review date line. */
    static String withoutSources(String body, String lang) {
        String heading = lang.equals("es") ? "## Fuentes" : "## Sources";
        int at = body.indexOf("\n" + heading);
        String kept = at >= 0 ? body.substring(0, at) : body;
        return kept.replaceAll("(?m)^(Last reviewed|Última revisión):.*$", "");
    }

    /** Markdown marks, links' targets and bare URLs dropped; one line per heading, paragraph or item. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("https?://\\S+", "")
                .replaceAll("(?m)^\\s{0,3}#{1,6}\\s*", "")
                .replaceAll("(?m)^\\s*([-*+]|\\d+[.)])\\s+", "")
                .replaceAll("[*_`>]", "")
                .replaceAll("(?<=\\S)\\n(?=\\S)", " ");
    }

    /** Sentence ends, plus one for each block (heading, item) that ends without one. */
    static int sentences(String plain) {
        int count = 0;
        for (String block : plain.split("\\n")) {
            String line = block.strip();
            if (line.isEmpty() || !WORD.matcher(line).find()) {
                continue;
            }
            int ends = (int) SENTENCE_END.matcher(line).results().count();
            count += ends + (line.matches(".*[.!?][\"')»]*$") ? 0 : 1);
        }
        return count;
    }

    static int englishSyllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int groups = (int) Pattern.compile("[aeiouy]+").matcher(w).results().count();
        return Math.max(1, groups);
    }

    static int spanishSyllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-záéíóúüñ]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int count = 0;
        Matcher m = Pattern.compile("[aeiouáéíóúü]+").matcher(w);
        while (m.find()) {
            String group = m.group();
            count++;
            for (int i = 1; i < group.length(); i++) {
                char a = group.charAt(i - 1);
                char b = group.charAt(i);
                boolean hiatus = (strong(a) && strong(b)) || a == 'í' || a == 'ú' || b == 'í' || b == 'ú';
                if (hiatus) {
                    count++;
                }
            }
        }
        // "qu" and "gu" before e/i: the u is silent, already inside the group; nothing to add.
        return Math.max(1, count);
    }

    private static boolean strong(char c) {
        return "aeoáéó".indexOf(c) >= 0;
    }
}
