package org.beloved.bot.webinars;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.beloved.bot.Access;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.Organizers;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Component;

/**
 * "Cancel the webinar" / "Keep it" under /webinar cancel: personal buttons of the organizer who
 * asked, and organizers only (the router checks both). The answer replaces the question, buttons and
 * all; a cancellation is audited.
 */
@Component
class CancelWebinarButtons implements ButtonHandler {

    static final String ID = "webinar-cancel";
    static final String YES = "yes";
    static final String NO = "no";

    private final Webinars webinars;
    private final Organizers organizers;
    private final AuditLog audit;

    CancelWebinarButtons(Webinars webinars, Organizers organizers, AuditLog audit) {
        this.webinars = webinars;
        this.organizers = organizers;
        this.audit = audit;
    }

    @Override
    public Access buttonAccess() {
        return Access.ORGANIZER;
    }

    /** A confirmation clicked long after it was asked must not cancel (nor keep) anything. */
    @Override
    public Optional<Duration> lifetime() {
        return Optional.of(EXPIRES_AFTER);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        Actor actor = organizers.actor(event);
        long id = Long.parseLong(componentId.arg(0));
        boolean cancel = YES.equals(componentId.arg(1));
        interactions.update(event, language -> {
            String key = !cancel ? "webinar.cancel.kept" : cancelled(id, actor) ? "webinar.cancelled" : "webinar.not-found";
            return new MessageEditBuilder().setContent(interactions.texts().t(language, key)).setComponents().build();
        });
    }

    private boolean cancelled(long id, Actor actor) {
        if (!webinars.cancel(id)) {
            return false;
        }
        audit.record(actor, AuditAction.WEBINAR_CANCEL, WebinarModal.WEBINAR, Long.toString(id));
        return true;
    }
}
