package org.beloved.bot.directory;

import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.ModalHandler;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.RegistrationResult;
import org.beloved.shared.Channel;
import org.beloved.shared.CleanText;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The /register form submitted: saves the registration (contact private until the user says
 * otherwise), then asks, only to them, whether partners may see the email (the form's one contact
 * field), with two personal buttons. For a listing someone else registered, the registration is
 * a claim for organizers; the question then concerns the claim.
 */
@Component
class RegisterModal implements ModalHandler {

    static final String ID = "register";

    private final Directory directory;

    RegisterModal(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void handle(ModalInteractionEvent event, ComponentId componentId, Interactions interactions) {
        String user = event.getUser().getId();
        String name = value(event, RegisterSlashCommand.NAME);
        String tradition = value(event, RegisterSlashCommand.TRADITION);
        String zip = value(event, RegisterSlashCommand.ZIP);
        String contact = value(event, RegisterSlashCommand.CONTACT);
        String email = value(event, RegisterSlashCommand.EMAIL);
        interactions.defer(event, true, language -> {
            BotTexts t = interactions.texts();
            RegistrationResult result = directory.register(new NewCongregation(name,
                    TraditionNames.parse(tradition, t).orElse(null), zip, null, contact, email, null, null, false,
                    false, Channel.DISCORD, user));
            if (!result.saved()) {
                return MessageEditData.fromContent(t.t(language, "register.problems",
                        result.problems().stream().map(p -> t.t(language, p.key())).collect(Collectors.joining("\n"))));
            }
            if (result.claimed()) {
                return consentQuestion(t, language, t.t(language, "register.claimed", name) + "\n",
                        ComponentId.of(ConsentButtons.ID, Long.toString(result.claimId()), "show", ConsentButtons.CLAIM),
                        ComponentId.of(ConsentButtons.ID, Long.toString(result.claimId()), "private", ConsentButtons.CLAIM),
                        user);
            }
            return consentQuestion(t, language, "", ComponentId.of(ConsentButtons.ID, Long.toString(result.id()), "show"),
                    ComponentId.of(ConsentButtons.ID, Long.toString(result.id()), "private"), user);
        });
    }

    private static MessageEditData consentQuestion(BotTexts t, Language language, String before, ComponentId showId,
            ComponentId keepId, String user) {
        String show = showId.ownedBy(user).encode();
        String keep = keepId.ownedBy(user).encode();
        return new MessageEditBuilder().setContent(before + t.t(language, "register.consent.question"))
                .setComponents(ActionRow.of(Button.success(show, t.t(language, "register.consent.show")),
                        Button.secondary(keep, t.t(language, "register.consent.private"))))
                .build();
    }

    private static String value(ModalInteractionEvent event, String id) {
        return Optional.ofNullable(event.getValue(id)).map(ModalMapping::getAsString).map(CleanText::clean)
                .map(String::strip).orElse("");
    }
}
