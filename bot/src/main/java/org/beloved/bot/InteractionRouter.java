package org.beloved.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.beloved.shared.CleanText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Routes interactions to their handlers by name through maps built from the Spring beans; never
 * a switch on names. Who may use what ({@link Access}, decided by {@link Organizers}) and server-only
 * rules are enforced here, for every command, button and form.
 * An unknown command or component answers an error; nothing here throws at JDA.
 */
@Component
class InteractionRouter extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);

    private final Map<String, SlashCommand> commands;
    private final Map<String, ButtonHandler> buttons;
    private final Map<String, ModalHandler> modals;
    private final Organizers organizers;
    private final Interactions interactions;
    private final Clock clock;

    InteractionRouter(List<SlashCommand> commands, List<ButtonHandler> buttons, List<ModalHandler> modals,
            Organizers organizers, Interactions interactions, Clock clock) {
        this.commands = commands.stream().collect(Collectors.toMap(SlashCommand::name, Function.identity()));
        this.buttons = buttons.stream().collect(Collectors.toMap(ButtonHandler::id, Function.identity()));
        this.modals = modals.stream().collect(Collectors.toMap(ModalHandler::id, Function.identity()));
        this.organizers = organizers;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            log.warn("Unknown slash command /{}", event.getName());
            interactions.refuse(event, "error.unknown");
        } else if (command.serverOnly() && !event.isFromGuild()) {
            interactions.refuse(event, "error.server-only");
        } else if (!organizers.allows(command.access(), event)) {
            interactions.refuse(event, refusal(command.access()));
        } else {
            guarded(event.getName(), () -> command.handle(event, interactions), () -> interactions.refuse(event, "error.failed"));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        routeComponent(event, event.getComponentId(), buttons, ButtonHandler::buttonAccess, ButtonHandler::lifetime,
                (handler, id) -> handler.handle(event, id, interactions));
    }

    /** A form with a NUL in a text field is refused politely before any handler reads it; handlers clean the rest. */
    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (event.getValues().stream().anyMatch(v -> v.getType() == net.dv8tion.jda.api.components.Component.Type.TEXT_INPUT
                && CleanText.hasNul(v.getAsString()))) {
            log.info("Refused a Discord form {} with a NUL in a field", event.getModalId());
            interactions.refuse(event, "error.unreadable");
            return;
        }
        routeComponent(event, event.getModalId(), modals, ModalHandler::formAccess, form -> Optional.empty(),
                (handler, id) -> handler.handle(event, id, interactions));
    }

    /**
     * Buttons and modals alike: find the handler by the id's name, refuse strangers on personal ones
     * and whoever its access does not allow, then answer an expired one (or one without an issue
     * time, made before they had one) without acting.
     */
    private <H> void routeComponent(IReplyCallback event, String customId, Map<String, H> handlers,
            Function<H, Access> access, Function<H, Optional<Duration>> lifetime, BiConsumer<H, ComponentId> handle) {
        Optional<ComponentId> id = ComponentId.parse(customId);
        H handler = id.map(i -> handlers.get(i.handler())).orElse(null);
        if (handler == null) {
            log.warn("Unknown component {}", customId);
            interactions.refuse(event, "error.unknown");
        } else if (id.get().owner() != null && !id.get().owner().equals(event.getUser().getId())) {
            interactions.refuse(event, "error.not-yours");
        } else if (!organizers.allows(access.apply(handler), event)) {
            interactions.refuse(event, refusal(access.apply(handler)));
        } else if (expired(id.get(), lifetime.apply(handler))) {
            log.info("Expired component {} clicked", id.get().handler());
            interactions.refuse(event, "error.expired");
        } else {
            guarded(customId, () -> handle.accept(handler, id.get()), () -> interactions.refuse(event, "error.failed"));
        }
    }

    private boolean expired(ComponentId id, Optional<Duration> lifetime) {
        return lifetime.isPresent()
                && (id.issued() == null || id.issued().plus(lifetime.get()).isBefore(clock.instant()));
    }

    private static String refusal(Access access) {
        return access == Access.SERVER_ADMIN ? "error.server-admins-only" : "error.organizers-only";
    }

    /** Suggestions come from the command itself; an unknown one gets none rather than an error. */
    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (commands.get(event.getName()) instanceof Autocompleting command) {
            guarded(event.getName(), () -> command.autocomplete(event), () -> event.replyChoices().queue());
        } else {
            event.replyChoices().queue();
        }
    }

    private static void guarded(String what, Runnable action, Runnable onFailure) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.error("Discord interaction {} failed", what, e);
            try {
                onFailure.run();
            } catch (RuntimeException alreadyAnswered) {
                log.debug("Could not answer the failed interaction {}", what, alreadyAnswered);
            }
        }
    }

    /** The command definitions to register with Discord. */
    List<SlashCommand> commands() {
        return List.copyOf(commands.values());
    }
}
