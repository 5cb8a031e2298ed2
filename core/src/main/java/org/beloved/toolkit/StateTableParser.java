package org.beloved.toolkit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the state table ({@code states.tsv}): UTF-8, tab-separated, {@code #} lines are comments,
 * the first other line is the header. A bad row is a {@link ToolkitProblem} naming the file and
 * line and is left out; the other rows load.
 */
final class StateTableParser {

    static final List<String> HEADER = List.of("code", "name", "name_es", "stance", "agreement_287g", "laws",
            "laws_es", "sources", "reviewed");
    private static final String ITEMS = " | ";
    private static final String FIELDS = " ; ";

    /** The rows that loaded, in file order, and the problems of those that did not. */
    record Parsed(List<StateLaw> states, List<ToolkitProblem> problems) {
    }

    private StateTableParser() {
    }

    static Parsed parse(String source, String text) {
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
        List<StateLaw> states = new ArrayList<>();
        List<ToolkitProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!List.of(line.strip().split("\t", -1)).equals(HEADER)) {
                    return new Parsed(List.of(), List.of(new ToolkitProblem(source, i + 1,
                            "the header must be the columns " + String.join(", ", HEADER) + ", separated by tabs")));
                }
                continue;
            }
            try {
                StateLaw state = row(line);
                if (!codes.add(state.code())) {
                    throw new IllegalArgumentException("another row already has code " + state.code());
                }
                states.add(state);
            } catch (IllegalArgumentException e) {
                problems.add(new ToolkitProblem(source, i + 1, e.getMessage()));
            }
        }
        if (!header) {
            problems.add(new ToolkitProblem(source, 1, "no header line"));
        }
        return new Parsed(List.copyOf(states), List.copyOf(problems));
    }

    private static StateLaw row(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != HEADER.size()) {
            throw new IllegalArgumentException("expected " + HEADER.size() + " tab-separated fields, found " + f.length);
        }
        String code = f[0].strip();
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("code must be two capital letters (USPS), found '" + code + "'");
        }
        String name = required(f[1], "name");
        String nameEs = required(f[2], "name_es");
        Stance stance = choice(Stance.class, f[3], "stance");
        Agreement287g agreement = choice(Agreement287g.class, f[4], "agreement_287g");
        List<String> laws = items(f[5]);
        List<String> lawsEs = items(f[6]);
        if (laws.size() != lawsEs.size()) {
            throw new IllegalArgumentException("laws has " + laws.size() + " items but laws_es has " + lawsEs.size());
        }
        List<StateSource> sources = items(f[7]).stream().map(StateTableParser::source).toList();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source is needed");
        }
        return new StateLaw(code, name, nameEs, stance, agreement, laws, lawsEs, sources, date(f[8].strip(), "reviewed"));
    }

    private static String required(String field, String column) {
        if (field.isBlank()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return field.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String column) {
        try {
            return Enum.valueOf(type, field.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", found '" + field.strip() + "'");
        }
    }

    private static List<String> items(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.strip().split(" \\| ", -1)).map(String::strip).peek(item -> {
            if (item.isEmpty()) {
                throw new IllegalArgumentException("an empty item between '" + ITEMS.strip() + "' separators");
            }
        }).toList();
    }

    /** {@code Title ; Publisher ; YYYY-MM-DD ; https://url}; the URL may be left out. */
    private static StateSource source(String item) {
        String[] parts = item.split(" ; ", -1);
        if (parts.length < 3 || parts.length > 4) {
            throw new IllegalArgumentException("a source is 'Title" + FIELDS + "Publisher" + FIELDS + "YYYY-MM-DD"
                    + FIELDS + "https://...', found '" + item + "'");
        }
        String date = parts[2].strip();
        if (!date.matches("\\d{4}")) {
            date(date, "a source's date");
        }
        Optional<String> url = parts.length == 4 && !parts[3].isBlank() ? Optional.of(parts[3].strip()) : Optional.empty();
        // Some primary sources (a state's statute pages among them) are still served only over http.
        if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) {
            throw new IllegalArgumentException("a source's address must start with https:// or http://, found '"
                    + url.get() + "'");
        }
        return new StateSource(required(parts[0], "a source's title"), required(parts[1], "a source's publisher"),
                date, url);
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date like 2026-11-30, found '" + text + "'");
        }
    }
}
