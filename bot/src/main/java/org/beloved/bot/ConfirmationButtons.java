package org.beloved.bot;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.beloved.shared.Language;

/**
 * Yes / No under a question only its asker may answer (the ids are {@code ownedBy} the user): No
 * keeps everything, Yes does the thing; either answer replaces the question and its buttons.
 */
public abstract class ConfirmationButtons implements ButtonHandler {

    public static final String YES = "yes";
    public static final String NO = "no";

    @Override
    public final void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        String user = event.getUser().getId();
        boolean confirmed = YES.equals(componentId.arg(0));
        interactions.update(event, language -> new MessageEditBuilder()
                .setContent(confirmed ? confirmed(user, language, interactions.texts())
                        : interactions.texts().t(language, keptKey()))
                .setComponents().build());
    }

    /** The sentence that says nothing changed. */
    protected abstract String keptKey();

    /** Does it for the Discord user {@code user} and says what was done. */
    protected abstract String confirmed(String user, Language language, BotTexts texts);
}
