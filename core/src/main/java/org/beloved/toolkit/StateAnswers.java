package org.beloved.toolkit;

import java.util.Optional;
import java.util.stream.Collectors;
import org.beloved.conversation.Turn;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * What the bot says about a state: its stance in two sentences, worded for that stance, then the
 * toolkit section to read (section {@code state-laws}); and the one line a ZIP answer carries.
 */
@Component
class StateAnswers {

    /** The id of the section on state laws and what to ask for where cooperation is mandatory. */
    static final String SECTION_ID = "state-laws";

    private final Toolkit toolkit;
    private final Texts texts;

    StateAnswers(Toolkit toolkit, Texts texts) {
        this.toolkit = toolkit;
        this.texts = texts;
    }

    String answer(Turn turn, StateLaw state) {
        String key = switch (state.stance()) {
            case REQUIRES -> state.agreement287g() == Agreement287g.MANDATED ? "state.requires-287g" : "state.requires";
            case LIMITS -> "state.limits";
            case NONE -> "state.none";
        };
        String name = state.name(turn.language());
        return turn.t(key, name, lawNames(state, turn)) + "\n" + readLine(turn);
    }

    /**
     * The ZIP answer's line: for states that require or limit cooperation; none where each county decides.
     * GSM-7 in both languages (the state's name without the accents GSM-7 lacks, "Oregon"), so that the
     * first SMS page of a ZIP answer holds it beside the county's line.
     */
    Optional<String> zipNote(Language language, StateLaw state) {
        String name = withoutUcs2Accents(state.name(language));
        return switch (state.stance()) {
            case REQUIRES -> Optional.of(texts.get(language, "state.zip-note.requires", name));
            case LIMITS -> Optional.of(texts.get(language, "state.zip-note.limits", name));
            case NONE -> Optional.empty();
        };
    }

    /** á, í, ó, ú (and capitals) as plain letters: GSM-7 has é, ñ and ü, but not these. */
    static String withoutUcs2Accents(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int i = "áíóúÁÍÓÚ".indexOf(c);
            plain.append(i < 0 ? c : "aiouAIOU".charAt(i));
        }
        return plain.toString();
    }

    /** " (SB 4, SB 8)": the laws' names without their years, or nothing when the row names none. */
    private static String lawNames(StateLaw state, Turn turn) {
        if (state.laws(turn.language()).isEmpty()) {
            return "";
        }
        return state.laws(turn.language()).stream()
                .map(law -> law.substring(0, Math.max(0, law.indexOf(':'))).replaceFirst("\\s*\\([^()]*\\d{4}[^()]*\\)$", "").strip())
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private String readLine(Turn turn) {
        return toolkit.sections(turn.language()).stream().filter(s -> s.id().equals(SECTION_ID)).findFirst()
                .map(section -> turn.t("state.read", section.number()))
                .orElseGet(() -> turn.t("state.read-list"));
    }
}
