package org.beloved.bot.privacy;

import java.util.List;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ConfirmationButtons;
import org.beloved.conversation.PersonalDataErasure;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The /delete-my-data confirmation: yes erases everything Beloved holds about the clicker on Discord
 * through the same use case as the text command ({@link PersonalDataErasure}); no keeps it.
 */
@Component
class DeleteMyDataButtons extends ConfirmationButtons {

    static final String ID = "delete-my-data";

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
    protected String keptKey() {
        return "delete.kept";
    }

    @Override
    protected String confirmed(String user, Language language, BotTexts texts) {
        List<String> erased = erasure.erase(Channel.DISCORD, user).stream()
                .map(e -> texts.t(language, e.messageKey(), e.args())).toList();
        log.info("DELETE MY DATA by Discord user {}: {} feature(s) erased", Pii.mask(user), erased.size());
        return erased.isEmpty() ? texts.t(language, "delete.nothing")
                : texts.t(language, "delete.done", String.join(", ", erased));
    }
}
