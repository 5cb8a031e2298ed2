package org.beloved.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply that would take more than the segment budget into pages that each fit it,
 * leaving room for the "Reply MORE" line on every page but the last. Pages end where a reader
 * expects: between lines (paragraphs, list items), a heading, a bare list number or a line ending
 * in a colon kept with what follows, an indented line kept with the one before. Only a unit longer
 * than a page is split, at sentence ends; only a sentence longer than a page at a comma, semicolon,
 * colon or parenthesis, only a clause longer than a page at spaces, and only a word longer than a
 * page inside. A link is a word, so it never leaves its sentence.
 */
final class Pages {

    /** Cut levels, from the unit down: lines, sentences, clauses, words, characters. */
    private static final int SENTENCES = 1;
    private static final int CLAUSES = 2;
    private static final int WORDS = 3;
    private static final int CHARACTERS = 4;

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}[.)]?");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?:;)\"'»]$");
    /** The gap after a sentence: its closing quotes and brackets stay with it (they end it). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"')»]{0,3})( +|\\n)(?=[\"'(«¿¡]*[\\p{Lu}\\d])|\\n");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=\\()");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|.*\\s)(?:\\p{L}|vs|dr|dra|sr|sra|srta|st|mr|mrs|ms|no|etc|e\\.g|i\\.e|u\\.s|ee\\.uu|pp)\\.$", Pattern.DOTALL);
    private static final int HEADING_LENGTH = 60;

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

    static List<String> pagesOf(String text, int budget, String moreLine) {
        Packer packer = new Packer(budget, moreLine);
        List<Piece> units = units(text.strip());
        for (int i = 0; i < units.size(); i++) {
            if (packer.endsWith(units.subList(i, units.size()))) {
                break;
            }
            packer.add(units.get(i), 0);
        }
        return packer.finish();
    }

    /** A piece of text and what joins it to the piece before it. */
    private record Piece(String separator, String text) {
    }

    /** The text's lines, each with the separator before it, glued where a page must not end. */
    private static List<Piece> units(String text) {
        List<Piece> lines = new ArrayList<>();
        String separator = "";
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                separator = lines.isEmpty() ? "" : "\n\n";
                continue;
            }
            lines.add(new Piece(separator, line.stripTrailing()));
            separator = "\n";
        }
        List<Piece> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Piece line = lines.get(i);
            boolean continuation = !units.isEmpty() && Character.isWhitespace(line.text().charAt(0));
            boolean afterKeeper = !units.isEmpty() && keepsWithNext(lines.get(i - 1).text(), line.text());
            if (continuation || afterKeeper) {
                Piece last = units.remove(units.size() - 1);
                units.add(new Piece(last.separator(), last.text() + line.separator() + line.text()));
            } else {
                units.add(line);
            }
        }
        return units;
    }

    /** A bare list number, a line ending in a colon, or a heading (a short line before a sentence). */
    private static boolean keepsWithNext(String line, String next) {
        String s = line.strip();
        return BARE_NUMBER.matcher(s).matches() || s.endsWith(":")
                || (s.length() <= HEADING_LENGTH && !ENDS_A_SENTENCE.matcher(s).matches()
                        && ENDS_A_SENTENCE.matcher(next.strip()).matches() && !BARE_NUMBER.matcher(next.strip()).matches());
    }

    /** {@code text} split one level down: into sentences (and lines), clauses, words, or characters. */
    private static List<Piece> split(String text, int level) {
        List<Piece> pieces = new ArrayList<>();
        if (level == SENTENCES) {
            Matcher m = SENTENCE_END.matcher(text);
            int start = 0;
            String separator = "";
            while (m.find()) {
                String sentence = text.substring(start, m.start());
                if (m.group().equals("\n") || !ABBREVIATION.matcher(sentence).matches() && !startsAList(text, m.start())) {
                    pieces.add(new Piece(separator, sentence));
                    separator = m.group().contains("\n") ? "\n" : " ";
                    start = m.end();
                }
            }
            pieces.add(new Piece(separator, text.substring(start)));
        } else if (level == CLAUSES) {
            String separator = "";
            Matcher m = CLAUSE_END.matcher(text);
            int start = 0;
            while (m.find()) {
                pieces.add(new Piece(separator, text.substring(start, m.start())));
                separator = " ";
                start = m.end();
            }
            pieces.add(new Piece(separator, text.substring(start)));
        } else if (level == WORDS) {
            String separator = "";
            for (String word : text.split(" ")) {
                pieces.add(new Piece(separator, word));
                separator = " ";
            }
        } else {
            text.codePoints().forEach(c -> pieces.add(new Piece("", Character.toString(c))));
        }
        pieces.removeIf(p -> p.text().isEmpty());
        return pieces;
    }

    /** Whether the text before {@code end} on its line is a list number ("2."), which starts its item rather than ending a sentence. */
    private static boolean startsAList(String text, int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return BARE_NUMBER.matcher(text.substring(lineStart, end).strip()).matches();
    }

    /** Fills pages greedily with pieces. */
    private static final class Packer {

        private final int budget;
        private final String moreLine;
        private final List<Piece> pages = new ArrayList<>();
        private Piece current;

        Packer(int budget, String moreLine) {
            this.budget = budget;
            this.moreLine = moreLine;
        }

        void add(Piece piece, int level) {
            String candidate = current == null ? piece.text() : current.text() + piece.separator() + piece.text();
            if (fitsWithMore(candidate)) {
                current = current == null ? new Piece(piece.separator(), candidate) : new Piece(current.separator(), candidate);
                return;
            }
            if (current != null && fitsWithMore(piece.text())) {
                pages.add(current);
                current = piece;
                return;
            }
            if (level == CHARACTERS) {
                throw new IllegalArgumentException("a segment budget of " + budget + " cannot hold any text with " + moreLine);
            }
            List<Piece> smaller = split(piece.text(), level + 1);
            for (int i = 0; i < smaller.size(); i++) {
                Piece p = smaller.get(i);
                add(i == 0 ? new Piece(piece.separator(), p.text()) : p, level + 1);
            }
        }

        /** Whether the current page with all of {@code rest} fits without a MORE line: then that is the last page. */
        boolean endsWith(List<Piece> rest) {
            StringBuilder last = new StringBuilder(current == null ? "" : current.text());
            for (Piece p : rest) {
                last.append(last.isEmpty() ? "" : p.separator()).append(p.text());
            }
            if (Segments.count(last.toString()) > budget) {
                return false;
            }
            current = new Piece(current == null ? "" : current.separator(), last.toString());
            return true;
        }

        /** The pages; the last one is merged with the one before when both fit without a MORE line. */
        List<String> finish() {
            if (current != null) {
                pages.add(current);
            }
            if (pages.size() > 1) {
                Piece last = pages.get(pages.size() - 1);
                Piece before = pages.get(pages.size() - 2);
                String merged = before.text() + last.separator() + last.text();
                if (Segments.count(merged) <= budget) {
                    pages.remove(pages.size() - 1);
                    pages.set(pages.size() - 1, new Piece(before.separator(), merged));
                }
            }
            return pages.stream().map(p -> p.text().strip()).toList();
        }

        private boolean fitsWithMore(String text) {
            return Segments.count(text.strip() + "\n" + moreLine) <= budget;
        }
    }
}
