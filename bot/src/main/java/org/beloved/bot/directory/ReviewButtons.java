package org.beloved.bot.directory;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.beloved.bot.Access;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.Organizers;
import org.beloved.directory.Directory;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Approve / Hide under /approve, and Hand over / Reject for a claim: one handler class for each
 * pair. Organizers only (the router checks every click, not only the command); each decision is
 * audited. The answer redraws the list in place, the decided item gone, under a line saying what was
 * decided: no stale button stays clickable.
 */
@Configuration(proxyBeanMethods = false)
class ReviewButtons {

    static final String APPROVE = "approve";
    static final String HIDE = "hide";
    static final String HAND_OVER = "claim-approve";
    static final String REJECT = "claim-reject";

    static final String CONGREGATION = "congregation";

    @Bean
    ButtonHandler approveButton(Directory directory, Organizers organizers, AuditLog audit, ApproveSlashCommand list) {
        return new Review(APPROVE, true, directory, organizers, audit, list);
    }

    @Bean
    ButtonHandler hideButton(Directory directory, Organizers organizers, AuditLog audit, ApproveSlashCommand list) {
        return new Review(HIDE, false, directory, organizers, audit, list);
    }

    @Bean
    ButtonHandler handOverButton(Directory directory, Organizers organizers, AuditLog audit, ApproveSlashCommand list) {
        return new ClaimReview(HAND_OVER, true, directory, organizers, audit, list);
    }

    @Bean
    ButtonHandler rejectClaimButton(Directory directory, Organizers organizers, AuditLog audit, ApproveSlashCommand list) {
        return new ClaimReview(REJECT, false, directory, organizers, audit, list);
    }

    /** The page the button was on ({@code name:id:page}; ids from before pages: the first). */
    static int page(ComponentId id) {
        try {
            return id.args().size() > 1 ? Math.max(0, Integer.parseInt(id.arg(1))) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A claim decided once: a second click (or another organizer's) says it was decided already. */
    private record ClaimReview(String id, boolean approve, Directory directory, Organizers organizers, AuditLog audit,
            ApproveSlashCommand list) implements ButtonHandler {

        @Override
        public Access buttonAccess() {
            return Access.ORGANIZER;
        }

        /** Both decisions are final: Hand over gives the listing away, Reject drops the claim. */
        @Override
        public Optional<Duration> lifetime() {
            return Optional.of(EXPIRES_AFTER);
        }

        @Override
        public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
            Actor actor = organizers.actor(event);
            long claim = Long.parseLong(componentId.arg(0));
            interactions.update(event, language -> list.page(interactions.texts(), language, page(componentId),
                    directory.resolveClaim(claim, approve)
                            .map(c -> {
                                audit.record(actor, approve ? AuditAction.CLAIM_HAND_OVER : AuditAction.CLAIM_REJECT,
                                        CONGREGATION, Long.toString(c.listing().id()));
                                return interactions.texts().t(language,
                                        approve ? "approve.claim-approved" : "approve.claim-rejected", c.listing().name());
                            })
                            .orElseGet(() -> interactions.texts().t(language, "approve.claim-gone"))));
        }
    }

    private record Review(String id, boolean approve, Directory directory, Organizers organizers, AuditLog audit,
            ApproveSlashCommand list) implements ButtonHandler {

        @Override
        public Access buttonAccess() {
            return Access.ORGANIZER;
        }

        /** Hide takes a listing off the map: it expires; Approve does not. */
        @Override
        public Optional<Duration> lifetime() {
            return approve ? Optional.empty() : Optional.of(EXPIRES_AFTER);
        }

        @Override
        public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
            Actor actor = organizers.actor(event);
            long congregation = Long.parseLong(componentId.arg(0));
            interactions.update(event, language -> list.page(interactions.texts(), language, page(componentId),
                    decide(actor, congregation, language, interactions)));
        }

        private String decide(Actor actor, long congregation, org.beloved.shared.Language language, Interactions interactions) {
            var found = directory.find(congregation);
            if (found.isEmpty()) {
                return interactions.texts().t(language, "approve.gone");
            }
            if (approve ? directory.approve(congregation) : directory.hide(congregation)) {
                audit.record(actor, approve ? AuditAction.LISTING_APPROVE : AuditAction.LISTING_HIDE,
                        CONGREGATION, Long.toString(congregation));
            }
            return interactions.texts().t(language, approve ? "approve.approved" : "approve.hidden", found.get().name());
        }
    }
}
