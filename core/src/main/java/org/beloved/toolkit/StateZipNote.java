package org.beloved.toolkit;

import java.util.Optional;
import org.beloved.directory.ZipAnswerNote;
import org.beloved.directory.ZipCode;
import org.beloved.shared.Language;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every ZIP answer in a state that requires (or limits) cooperation names the state's rule and STATE,
 * first among the notes on the ZIP's place (the county's, more specific, follows).
 */
@Component
@Order(StateZipNote.ORDER)
class StateZipNote implements ZipAnswerNote {

    static final int ORDER = 100;

    private final StateTable table;
    private final StateAnswers answers;

    StateZipNote(StateTable table, StateAnswers answers) {
        this.table = table;
        this.answers = answers;
    }

    @Override
    public Optional<String> note(Language language, ZipCode zipCode) {
        return table.byCode(zipCode.state()).flatMap(state -> answers.zipNote(language, state));
    }
}
