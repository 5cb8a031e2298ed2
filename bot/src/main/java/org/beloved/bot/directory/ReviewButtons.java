package org.beloved.bot.directory;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.Organizers;
import org.beloved.directory.Directory;
import org.springframework.stereotype.Component;

/** Approve / Hide under /approve. Organizers only, checked again on click. */
@Component
class ReviewButtons {

    static final String APPROVE = "approve";
    static final String HIDE = "hide";

    @Component
    static class Approve implements ButtonHandler {
        private final Directory directory;
        private final Organizers organizers;

        Approve(Directory directory, Organizers organizers) {
            this.directory = directory;
            this.organizers = organizers;
        }

        @Override
        public String id() {
            return APPROVE;
        }

        @Override
        public void handle(ButtonInteractionEvent event, ComponentId id, Interactions interactions) {
            review(event, id, interactions, organizers, true, directory);
        }
    }

    @Component
    static class Hide implements ButtonHandler {
        private final Directory directory;
        private final Organizers organizers;

        Hide(Directory directory, Organizers organizers) {
            this.directory = directory;
            this.organizers = organizers;
        }

        @Override
        public String id() {
            return HIDE;
        }

        @Override
        public void handle(ButtonInteractionEvent event, ComponentId id, Interactions interactions) {
            review(event, id, interactions, organizers, false, directory);
        }
    }

    private static void review(ButtonInteractionEvent event, ComponentId id, Interactions interactions,
            Organizers organizers, boolean approve, Directory directory) {
        if (!organizers.isOrganizer(event.getMember())) {
            interactions.refuse(event, "error.organizers-only");
            return;
        }
        long congregation = Long.parseLong(id.arg(0));
        interactions.defer(event, true, language -> {
            var found = directory.find(congregation);
            if (found.isEmpty()) {
                return MessageEditData.fromContent(interactions.texts().t(language, "approve.gone"));
            }
            if (approve) {
                directory.approve(congregation);
            } else {
                directory.hide(congregation);
            }
            return MessageEditData.fromContent(interactions.texts().t(language,
                    approve ? "approve.approved" : "approve.hidden", found.get().name()));
        });
    }
}
