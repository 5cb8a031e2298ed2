package org.beloved.bot.directory;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/**
 * "Show the email" / "Keep it private" after /register: personal buttons (the router refuses
 * anyone else), and only for a congregation, or a claim ({@code claim} as third argument), that
 * this user registered. The answer is the email's own consent; the name is shown only beside it.
 */
@Component
class ConsentButtons implements ButtonHandler {

    static final String ID = "consent";
    static final String CLAIM = "claim";

    private final Directory directory;

    ConsentButtons(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        long id = Long.parseLong(componentId.arg(0));
        boolean show = "show".equals(componentId.arg(1));
        String user = event.getUser().getId();
        if (componentId.args().size() > 2 && CLAIM.equals(componentId.arg(2))) {
            interactions.update(event, language -> answer(directory.setClaimShowEmail(id, Channel.DISCORD, user, show)
                    ? interactions.texts().t(language, show ? "register.consent.shown" : "register.consent.kept")
                    : interactions.texts().t(language, "error.not-yours")));
            return;
        }
        interactions.update(event, language -> {   // the answer replaces the question and its buttons
            var mine = directory.listingsOf(Channel.DISCORD, user).stream().filter(c -> c.id() == id).findFirst();
            if (mine.isEmpty()) {
                return answer(interactions.texts().t(language, "error.not-yours"));
            }
            directory.setShowEmail(id, show);
            Congregation c = mine.get();
            String key = c.status() == Congregation.Status.LISTED ? "join.listed" : "join.pending";
            return answer(interactions.texts().t(language, key, c.name()) + " "
                    + interactions.texts().t(language, show ? "register.consent.shown" : "register.consent.kept"));
        });
    }

    /** The answer in place of the question: its buttons go. */
    private static MessageEditData answer(String text) {
        return new MessageEditBuilder().setContent(text).setComponents().build();
    }
}
