package org.beloved.conversation;

import java.util.Optional;
import java.util.Set;

/** A two-step flow that exists only to exercise the engine: name, then CAT or DOG. */
final class PetFlow implements Flow, Command {

    @Override
    public String id() {
        return "pet";
    }

    @Override
    public Set<String> keywords() {
        return Set.of("PET", "MASCOTA");
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.pet");
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        return Outcome.ask(FlowState.start(id(), "name"), turn.t("pet.ask-name"));
    }

    @Override
    public Outcome answer(Turn turn, FlowState state, String text) {
        if (state.step().equals("name")) {
            return Outcome.ask(state.next("kind", "name", text), turn.t("pet.ask-kind", text));
        }
        String kind = Keywords.normalize(text);
        if (!Set.of("CAT", "DOG", "GATO", "PERRO").contains(kind)) {
            return Outcome.ask(state, turn.t("pet.bad-kind"));
        }
        return Outcome.reply(turn.t("pet.done", state.get("name"), kind.toLowerCase()));
    }
}
