package org.beloved.toolkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beloved.shared.Language;

/**
 * Reads one section file: a front matter block of {@code key: value} lines between two
 * {@code ---} lines, then the Markdown body. Anything wrong is a {@link ToolkitProblem} naming
 * the file and line, never an exception.
 */
final class SectionParser {

    static final Set<String> REQUIRED = Set.of("id", "number", "title", "summary", "sms", "keywords");

    /** A parsed section, or the problems that kept it out. */
    record Parsed(Section section, List<ToolkitProblem> problems) {
    }

    private SectionParser() {
    }

    static Parsed parse(String source, Language language, String text) {
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return failed(source, 1, "the file must start with a front matter block ('---')");
        }
        Map<String, String> fields = new HashMap<>();
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                end = i;
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return failed(source, i + 1, "expected 'key: value', found '" + line.strip() + "'");
            }
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        if (end < 0) {
            return failed(source, lines.size(), "the front matter block is not closed with '---'");
        }
        List<ToolkitProblem> problems = new ArrayList<>();
        for (String key : REQUIRED) {
            if (fields.getOrDefault(key, "").isEmpty()) {
                problems.add(new ToolkitProblem(source, end + 1, "missing front matter field '" + key + "'"));
            }
        }
        int number = 0;
        try {
            number = Integer.parseInt(fields.getOrDefault("number", "0"));
            if (number < 1 || number > 99) {
                problems.add(new ToolkitProblem(source, end + 1, "number must be 1 to 99"));
            }
        } catch (NumberFormatException e) {
            problems.add(new ToolkitProblem(source, end + 1, "number must be a whole number"));
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        if (body.isEmpty()) {
            problems.add(new ToolkitProblem(source, end + 2, "the section has no text"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        List<String> keywords = Arrays.stream(fields.get("keywords").split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        return new Parsed(new Section(fields.get("id"), number, language, fields.get("title"), fields.get("summary"),
                fields.get("sms"), keywords, body, source), List.of());
    }

    private static Parsed failed(String source, int line, String message) {
        return new Parsed(null, List.of(new ToolkitProblem(source, line, message)));
    }
}
