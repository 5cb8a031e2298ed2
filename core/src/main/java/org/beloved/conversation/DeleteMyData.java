package org.beloved.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beloved.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * DELETE MY DATA / BORRAR MIS DATOS: after a YES, every feature erases what it holds about the
 * sender, and the reply says what was erased. Anything but a yes leaves everything as it was.
 */
@Component
class DeleteMyData implements Command, Flow {

    private static final String CONFIRM = "confirm";

    private final List<PersonalData> features;

    DeleteMyData(List<PersonalData> features) {
        this.features = features;
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
        List<String> erased = new ArrayList<>();
        for (PersonalData feature : features) {
            feature.erase(inbound.channel(), inbound.sender()).ifPresent(e -> erased.add(turn.t(e.messageKey(), e.args())));
        }
        return Outcome.reply(erased.isEmpty() ? turn.t("delete.nothing")
                : turn.t("delete.done", String.join(", ", erased)));
    }
}
