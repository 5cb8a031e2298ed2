package org.beloved.bot.directory;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.Organizers;
import org.beloved.directory.Directory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Approve / Hide under /approve, and Hand over / Reject for a claim: one handler class for each
 * pair. Organizers only, checked again on click.
 */
@Configuration(proxyBeanMethods = false)
class ReviewButtons {

    static final String APPROVE = "approve";
    static final String HIDE = "hide";
    static final String HAND_OVER = "claim-approve";
    static final String REJECT = "claim-reject";

    @Bean
    ButtonHandler approveButton(Directory directory, Organizers organizers) {
        return new Review(APPROVE, true, directory, organizers);
    }

    @Bean
    ButtonHandler hideButton(Directory directory, Organizers organizers) {
        return new Review(HIDE, false, directory, organizers);
    }

    @Bean
    ButtonHandler handOverButton(Directory directory, Organizers organizers) {
        return new ClaimReview(HAND_OVER, true, directory, organizers);
    }

    @Bean
    ButtonHandler rejectClaimButton(Directory directory, Organizers organizers) {
        return new ClaimReview(REJECT, false, directory, organizers);
    }

    /** A claim decided once: a second click (or another organizer's) says it was decided already. */
    private record ClaimReview(String id, boolean approve, Directory directory, Organizers organizers)
            implements ButtonHandler {

        @Override
        public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
            if (!organizers.isOrganizer(event.getMember())) {
                interactions.refuse(event, "error.organizers-only");
                return;
            }
            long claim = Long.parseLong(componentId.arg(0));
            interactions.defer(event, true, language -> MessageEditData.fromContent(directory.resolveClaim(claim, approve)
                    .map(c -> interactions.texts().t(language, approve ? "approve.claim-approved" : "approve.claim-rejected",
                            c.listing().name()))
                    .orElseGet(() -> interactions.texts().t(language, "approve.claim-gone"))));
        }
    }

    private record Review(String id, boolean approve, Directory directory, Organizers organizers)
            implements ButtonHandler {

        @Override
        public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
            if (!organizers.isOrganizer(event.getMember())) {
                interactions.refuse(event, "error.organizers-only");
                return;
            }
            long congregation = Long.parseLong(componentId.arg(0));
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
}
