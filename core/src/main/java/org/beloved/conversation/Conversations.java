package org.beloved.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Pii;
import org.beloved.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text conversation engine shared by SMS, Discord DMs and the web simulator: one inbound
 * message in, one reply out. Channel adapters call it and know nothing of commands; features
 * contribute {@link Command}s, {@link Flow}s and {@link FreeText} handlers as beans.
 *
 * <p>Order of routing: a global command (HELP, MENU, language) always wins; otherwise a running
 * flow gets the message; otherwise a command keyword; otherwise the first free-text handler
 * that accepts it; otherwise a short "here is what to try".
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final CommandRouter router;
    private final Map<String, Flow> flows;
    private final List<FreeText> freeTexts;
    private final List<String> helpKeys;
    private final SenderStore senders;
    private final FlowStore flowStore;
    private final Continuations continuations;
    private final Texts texts;
    private final ConversationSettings settings;
    private final Clock clock;

    public Conversations(List<Command> commands, List<Flow> flows, List<FreeText> freeTexts, SenderStore senders,
            FlowStore flowStore, Continuations continuations, Texts texts, ConversationSettings settings, Clock clock) {
        this.router = new CommandRouter(commands);
        this.flows = flows.stream().collect(Collectors.toMap(Flow::id, Function.identity()));
        this.freeTexts = freeTexts.stream().sorted(Comparator.comparingInt(FreeText::order)).toList();
        this.helpKeys = helpKeys(commands, freeTexts);
        this.senders = senders;
        this.flowStore = flowStore;
        this.continuations = continuations;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The sender's language as remembered, English for someone new. */
    public Language languageOf(Channel channel, String sender) {
        return senders.language(channel, sender).orElse(Language.EN);
    }

    /**
     * One turn: the reply to one message. A sender's turns run one at a time, across instances
     * too (a lock held until this transaction ends), so that four YES sent at once to one question
     * are answered one after the other and only the first finds the question still open.
     */
    @Transactional
    public Reply handle(Inbound inbound) {
        senders.lockTurn(inbound.channel(), inbound.sender());
        senders.touch(inbound.channel(), inbound.sender(), clock.instant());
        Language language = languageOf(inbound.channel(), inbound.sender());
        Turn turn = new Turn(inbound, language, texts, () -> helpKeys);
        String text = inbound.text().strip();
        List<String> preface = new ArrayList<>();
        Optional<FlowState> running = runningFlow(inbound, turn, preface);
        Outcome outcome = route(turn, text, running);
        apply(inbound, running, outcome);
        if (outcome.more() != null) {
            continuations.save(inbound.channel(), inbound.sender(), outcome.more(), clock.instant());
        } else if (!outcome.messages().isEmpty()) {
            // MORE continues the last answer only: a later answer without more ends the offer.
            continuations.delete(inbound.channel(), inbound.sender());
        }
        if (turn.languageChanged()) {
            senders.saveLanguage(inbound.channel(), inbound.sender(), turn.language(), clock.instant());
        }
        log.debug("{} message from {} answered with {} message(s)", inbound.channel(), Pii.mask(inbound.sender()),
                outcome.messages().size());
        List<String> messages = new ArrayList<>(preface);
        messages.addAll(outcome.messages());
        return new Reply(turn.language(), messages);
    }

    private Outcome route(Turn turn, String text, Optional<FlowState> running) {
        if (text.isEmpty()) {
            return Outcome.aside(turn.t("conversation.empty"));
        }
        Optional<CommandRouter.Match> match = router.match(text);
        if (match.isPresent() && match.get().command().global()) {
            return match.get().command().run(turn, match.get().arguments());
        }
        if (running.isPresent()) {
            Outcome answer = flows.get(running.get().flow()).answer(turn, running.get(), text);
            if (answer.flowChange() != Outcome.FlowChange.DECLINE) {
                return answer;
            }
            flowStore.delete(turn.inbound().channel(), turn.inbound().sender());
        }
        if (match.isPresent()) {
            return match.get().command().run(turn, match.get().arguments());
        }
        for (FreeText freeText : freeTexts) {
            if (freeText.accepts(text)) {
                return freeText.handle(turn, text);
            }
        }
        return Outcome.reply(turn.t("conversation.unknown"));
    }

    /** The sender's unexpired flow; an expired or orphaned one is dropped with a word to the sender. */
    private Optional<FlowState> runningFlow(Inbound inbound, Turn turn, List<String> preface) {
        Optional<FlowStore.Stored> stored = flowStore.find(inbound.channel(), inbound.sender(), clock.instant());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().expired() || !flows.containsKey(stored.get().state().flow())) {
            flowStore.delete(inbound.channel(), inbound.sender());
            preface.add(turn.t("conversation.flow-expired"));
            return Optional.empty();
        }
        return Optional.of(stored.get().state());
    }

    private void apply(Inbound inbound, Optional<FlowState> running, Outcome outcome) {
        switch (outcome.flowChange()) {
            case CONTINUE -> flowStore.save(inbound.channel(), inbound.sender(), outcome.next(),
                    clock.instant().plus(settings.flowTimeout()));
            case END, DECLINE -> {
                if (running.isPresent()) {
                    flowStore.delete(inbound.channel(), inbound.sender());
                }
            }
            case KEEP -> {
                // a global command answered; the running flow, if any, waits as it was
            }
        }
    }

    private static List<String> helpKeys(List<Command> commands, List<FreeText> freeTexts) {
        record Line(int order, String key) {
        }
        List<Line> lines = new ArrayList<>();
        commands.forEach(c -> c.helpKey().ifPresent(k -> lines.add(new Line(c.helpOrder(), k))));
        freeTexts.forEach(f -> f.helpKey().ifPresent(k -> lines.add(new Line(f.helpOrder(), k))));
        return lines.stream().sorted(Comparator.comparingInt(Line::order).thenComparing(Line::key))
                .map(Line::key).toList();
    }
}
