package org.beloved.directory;

import java.util.Optional;
import org.beloved.shared.Language;

/**
 * A port for other features: one short line a ZIP answer carries about the ZIP's place (the
 * toolkit's line on the state's law), by text and on Discord's /partners. The line goes right
 * after the answer's first line, so that it is on the first SMS page; keep it to one sentence or
 * two, in {@code language}.
 */
public interface ZipAnswerNote {

    /** The line for an answer about {@code zipCode}, or empty for none. */
    Optional<String> note(Language language, ZipCode zipCode);
}
