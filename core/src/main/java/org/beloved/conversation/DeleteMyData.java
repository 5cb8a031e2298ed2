package org.beloved.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA / BORRAR MIS DATOS: after a YES, every feature erases what it holds about the
 * sender, and the reply says what was erased. Anything but a yes leaves everything as it was.
 */
@Component
class DeleteMyData implements Command, Flow {

    private static final String CONFIRM = "confirm";

    private final PersonalDataErasure erasure;

    DeleteMyData(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public String id() {
        return "delete-my-data";
    }

    @Override
    public Set<String> keywords() {
        return Set.of("DELETE MY DATA", "BORRAR MIS DATOS");
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.delete");
    }

    @Override
    public int helpOrder() {
        return 930;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        return Outcome.ask(FlowState.start(id(), CONFIRM), turn.t("delete.confirm"));
    }

    @Override
    public Outcome answer(Turn turn, FlowState state, String text) {
        if (!Answers.isYes(text)) {
            return Outcome.reply(turn.t("delete.kept"));
        }
        Inbound inbound = turn.inbound();
        List<String> erased = erasure.erase(inbound.channel(), inbound.sender()).stream()
                .map(e -> turn.t(e.messageKey(), e.args())).toList();
        return Outcome.reply(erased.isEmpty() ? turn.t("delete.nothing")
                : turn.t("delete.done", String.join(", ", erased)));
    }
}
