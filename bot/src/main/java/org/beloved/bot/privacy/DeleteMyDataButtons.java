package org.beloved.bot.privacy;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.conversation.PersonalDataErasure;
import org.beloved.shared.Channel;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The /delete-my-data confirmation: yes erases everything Beloved holds about the clicker on Discord
 * through the same use case as the text command ({@link PersonalDataErasure}); no keeps it.
 */
@Component
class DeleteMyDataButtons implements ButtonHandler {

    static final String ID = "delete-my-data";
    static final String YES = "yes";
    static final String NO = "no";

    private static final Logger log = LoggerFactory.getLogger(DeleteMyDataButtons.class);

    private final PersonalDataErasure erasure;

    DeleteMyDataButtons(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        String user = event.getUser().getId();
        boolean erase = YES.equals(componentId.arg(0));
        interactions.update(event, language -> {
            String text;
            if (!erase) {
                text = interactions.texts().t(language, "delete.kept");
            } else {
                List<String> erased = erasure.erase(Channel.DISCORD, user).stream()
                        .map(e -> interactions.texts().t(language, e.messageKey(), e.args())).toList();
                log.info("DELETE MY DATA by Discord user {}: {} feature(s) erased", Pii.mask(user), erased.size());
                text = erased.isEmpty() ? interactions.texts().t(language, "delete.nothing")
                        : interactions.texts().t(language, "delete.done", String.join(", ", erased));
            }
            return new MessageEditBuilder().setContent(text).setComponents().build();
        });
    }
}
