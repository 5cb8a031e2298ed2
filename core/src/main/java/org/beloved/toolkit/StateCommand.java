package org.beloved.toolkit;

import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Flow;
import org.beloved.conversation.FlowState;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Keywords;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.directory.SearchedZips;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.springframework.stereotype.Component;

/**
 * STATE / ESTADO: what the sender's state's law says about jails and ICE, and the section to
 * read. {@code STATE TX}, {@code ESTADO California}, {@code STATE 79830}; a bare STATE uses the
 * ZIP code the sender searched last. With neither, or a name it does not know, it asks for the
 * state and takes a state's name or code, or a ZIP code, as the answer (anything else goes on as usual).
 */
@Component
class StateCommand implements Command, Flow {

    private static final Set<String> LEADING = Set.of("OF", "FOR", "DE", "DEL", "IN", "EN");

    private final StateTable table;
    private final StateAnswers answers;
    private final SearchedZips searched;
    private final ZipCodes zipCodes;

    StateCommand(StateTable table, StateAnswers answers, SearchedZips searched, ZipCodes zipCodes) {
        this.table = table;
        this.answers = answers;
        this.searched = searched;
        this.zipCodes = zipCodes;
    }

    @Override
    public String id() {
        return "state";
    }

    @Override
    public Set<String> keywords() {
        return Set.of("STATE", "ESTADO");
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.state");
    }

    @Override
    public int helpOrder() {
        return 45;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        String typed = withoutLeadingWord(arguments);
        if (typed.isEmpty()) {
            Inbound in = turn.inbound();
            return searched.last(in.channel(), in.sender()).map(zip -> ofZip(turn, zip))
                    .orElseGet(() -> ask(turn, "state.ask"));
        }
        if (typed.matches("[\\d\\s-]+")) {
            return zipCodes.lookup(typed) instanceof ZipLookup.Found found ? ofZip(turn, found.zipCode())
                    : ask(turn, "state.ask");
        }
        return table.find(typed).map(state -> Outcome.reply(answers.answer(turn, state)))
                .orElseGet(() -> ask(turn, "state.unknown", typed));
    }

    /** Right after the question: a state's name or code, or a ZIP code; anything else is not for this flow. */
    @Override
    public Outcome answer(Turn turn, FlowState state, String text) {
        if (text.strip().matches("\\d{5}(-\\d{4})?") && zipCodes.lookup(text) instanceof ZipLookup.Found found) {
            return ofZip(turn, found.zipCode());
        }
        return table.find(withoutLeadingWord(text)).map(found -> Outcome.reply(answers.answer(turn, found)))
                .orElseGet(Outcome::decline);
    }

    private Outcome ofZip(Turn turn, ZipCode zip) {
        return table.byCode(zip.state()).map(state -> Outcome.reply(answers.answer(turn, state)))
                .orElseGet(() -> ask(turn, "state.unknown", zip.state()));
    }

    private Outcome ask(Turn turn, String key, Object... args) {
        return Outcome.ask(FlowState.start(id(), "which"), turn.t(key, args));
    }

    /** "de Texas", "of California": the state, without the little word before it. */
    private static String withoutLeadingWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        if (space > 0 && LEADING.contains(Keywords.normalize(stripped.substring(0, space)))) {
            return stripped.substring(space + 1).strip();
        }
        return stripped;
    }
}
