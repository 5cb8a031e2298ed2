package org.beloved.directory;

import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/** PARTNERS 94110 / SOCIOS 94110: the same search as a bare ZIP. */
@Component
class PartnersCommand implements Command {

    private final PartnerReplies replies;

    PartnersCommand(PartnerReplies replies) {
        this.replies = replies;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("PARTNERS", "SOCIOS", "PARTNER");
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        return arguments.isBlank() ? Outcome.reply(turn.t("partners.ask-zip")) : replies.search(turn, arguments);
    }
}
