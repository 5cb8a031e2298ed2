package org.beloved.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.beloved.shared.Language;

/**
 * A port for other features: one short line a ZIP answer carries about the ZIP's place (the
 * toolkit's line on the state's law, the counties' line on the county), by text and on Discord's
 * /partners. The lines go right after the answer's first line, in the notes' order, so that they
 * are on the first SMS page; keep each to one sentence or two, in {@code language}. A note whose
 * line says all the others would (a county's own record is more specific than its state's law)
 * marks it {@link Line#alone()}, and the answer then carries that line only.
 */
public interface ZipAnswerNote {

    /** The line for an answer about {@code zipCode}, or empty for none. */
    Optional<String> note(Language language, ZipCode zipCode);

    /** The line with whether it stands alone; by default {@link #note}'s line, beside the others. */
    default Optional<Line> line(Language language, ZipCode zipCode) {
        return note(language, zipCode).map(text -> new Line(text, false));
    }

    /**
     * A note's line.
     *
     * @param alone whether it says all the other notes would, so that the answer carries it only
     */
    record Line(String text, boolean alone) {
    }

    /** The lines a ZIP answer carries from {@code notes} (in their order): the first that stands alone, or all. */
    static List<String> lines(Stream<ZipAnswerNote> notes, Language language, ZipCode zipCode) {
        List<String> lines = new ArrayList<>();
        for (ZipAnswerNote note : notes.toList()) {
            Optional<Line> line = note.line(language, zipCode);
            if (line.isPresent() && line.get().alone()) {
                return List.of(line.get().text());
            }
            line.ifPresent(l -> lines.add(l.text()));
        }
        return lines;
    }
}
