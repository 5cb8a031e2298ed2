package org.beloved.bot.directory;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.beloved.bot.Access;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.springframework.stereotype.Component;

/** Previous / Next under /approve ({@code approve-page:page:previous|next}): redraws that page in place. */
@Component
class ApprovePageButtons implements ButtonHandler {

    static final String ID = "approve-page";

    private final ApproveSlashCommand list;

    ApprovePageButtons(ApproveSlashCommand list) {
        this.list = list;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Access buttonAccess() {
        return Access.ORGANIZER;
    }

    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        int page = pageOf(componentId);
        interactions.update(event, language -> list.page(interactions.texts(), language, page, null));
    }

    /** The page asked for; anything unreadable: the first (the list keeps it within the pages there are). */
    private static int pageOf(ComponentId id) {
        try {
            return Math.max(0, Integer.parseInt(id.arg(0)));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
