package org.beloved.bot.webinars;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.Organizers;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Component;

/**
 * "Cancel the webinar" / "Keep it" under /webinar cancel: personal buttons of the organizer who
 * asked. The answer replaces the question, buttons and all.
 */
@Component
class CancelWebinarButtons implements ButtonHandler {

    static final String ID = "webinar-cancel";
    static final String YES = "yes";
    static final String NO = "no";

    private final Webinars webinars;
    private final Organizers organizers;

    CancelWebinarButtons(Webinars webinars, Organizers organizers) {
        this.webinars = webinars;
        this.organizers = organizers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        if (!organizers.isOrganizer(event.getMember())) {
            interactions.refuse(event, "error.organizers-only");
            return;
        }
        long id = Long.parseLong(componentId.arg(0));
        boolean cancel = YES.equals(componentId.arg(1));
        interactions.update(event, language -> {
            String key = !cancel ? "webinar.cancel.kept" : webinars.cancel(id) ? "webinar.cancelled" : "webinar.not-found";
            return new MessageEditBuilder().setContent(interactions.texts().t(language, key)).setComponents().build();
        });
    }
}
