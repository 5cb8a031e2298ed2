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
 * flow gets the message, unless it is never an answer ("never mind", "no sé", a command on its
 * own); otherwise a command keyword, by any of its names; otherwise a greeting or thanks;
 * otherwise the first free-text handler that accepts it and does not decline it; otherwise, for a newcomer, a welcome
 * in both languages, and for others the nearest keyword or what to try.
 *
 * <p>A newcomer whose first message is Spanish is answered in Spanish from then on.
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    /** The flow id of the mark a form dropped at opt-out leaves (no flow has this id). */
    static final String DROPPED_AT_OPT_OUT = "dropped-at-opt-out";

    private static final java.time.Duration DROPPED_MARK_KEPT = java.time.Duration.ofDays(30);

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
        SenderStore.Opened opened = senders.lockAndOpen(inbound.channel(), inbound.sender(), clock.instant());
        Optional<Language> remembered = opened.language();
        Turn turn = new Turn(inbound, remembered.orElse(Language.EN), texts, () -> helpKeys);
        String text = inbound.text().strip();
        if (remembered.isEmpty()) {
            turn.firstContact(true);
            if (Intents.looksSpanish(text)) {
                turn.switchLanguage(Language.ES);
            }
        }
        List<String> preface = new ArrayList<>();
        Optional<FlowState> running = runningFlow(inbound, opened.flow(), turn, preface);
        Outcome outcome = route(turn, text, running);
        apply(inbound, running, outcome);
        if (outcome.more() != null) {
            continuations.save(inbound.channel(), inbound.sender(), outcome.more(), clock.instant());
        } else if (!outcome.messages().isEmpty() && opened.more()) {
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
            Optional<Outcome> inForm = inForm(turn, text, running.get(), match);
            if (inForm.isPresent()) {
                return inForm.get();
            }
        }
        if (match.isPresent()) {
            return match.get().command().run(turn, match.get().arguments());
        }
        if (Intents.isGreeting(text)) {
            return Outcome.reply(turn.t("conversation.welcome"));
        }
        if (Intents.isThanks(text)) {
            return Outcome.reply(turn.t("conversation.thanks"));
        }
        for (FreeText freeText : freeTexts) {
            if (freeText.accepts(text)) {
                Outcome outcome = freeText.handle(turn, text);
                if (outcome.flowChange() != Outcome.FlowChange.DECLINE) {
                    return outcome;
                }
            }
        }
        return unknown(turn, text);
    }

    /**
     * A message while a flow runs. Words that are never answers come first: "never mind" leaves,
     * "no sé" keeps the question open, and a command on its own (WEBINARS) sets the form aside
     * and runs; anything else is the flow's. Empty when the flow declined the message.
     */
    private Optional<Outcome> inForm(Turn turn, String text, FlowState state,
            Optional<CommandRouter.Match> match) {
        Inbound in = turn.inbound();
        if (Intents.isLeave(text)) {
            flowStore.delete(in.channel(), in.sender());
            return Optional.of(Outcome.reply(turn.t("conversation.form-left")));
        }
        if (Intents.isUnsure(text)) {
            return Optional.of(Outcome.aside(turn.t("conversation.unsure")));
        }
        // "The Partners" may be a congregation's name; "please send the toolkit" is a command
        Optional<CommandRouter.Match> asWritten = match.isPresent() && Intents.startsWithArticle(text)
                ? router.matchWords(text) : match;
        if (asWritten.isPresent() && asWritten.get().arguments().isEmpty()) {
            flowStore.delete(in.channel(), in.sender());
            Outcome outcome = asWritten.get().command().run(turn, "");
            if (state.data().isEmpty()) {
                return Optional.of(outcome);
            }
            List<String> messages = new ArrayList<>(List.of(turn.t("conversation.form-set-aside")));
            messages.addAll(outcome.messages());
            return Optional.of(new Outcome(messages, outcome.flowChange() == Outcome.FlowChange.KEEP
                    ? Outcome.FlowChange.END : outcome.flowChange(), outcome.next(), outcome.more()));
        }
        Outcome answer = flows.get(state.flow()).answer(turn, state, text);
        if (answer.flowChange() != Outcome.FlowChange.DECLINE) {
            return Optional.of(answer);
        }
        flowStore.delete(in.channel(), in.sender());
        return Optional.empty();
    }

    /**
     * Text nothing understood: the keyword nearest what was typed, if one is near; otherwise, for
     * someone with no language remembered, the welcome in both languages (it names ESPAÑOL), and
     * for others the first things to try. Nothing is stored for a newcomer who chose nothing, so
     * that a message after DELETE MY DATA keeps nothing either.
     */
    private Outcome unknown(Turn turn, String text) {
        Optional<String> suggestion = Suggestions.nearest(text, router.keywords());
        if (suggestion.isPresent()) {
            return Outcome.reply(turn.t("conversation.suggest", suggestion.get()));
        }
        return Outcome.reply(turn.t(turn.firstContact() ? "conversation.welcome" : "conversation.unknown"));
    }

    /**
     * A carrier opt-out arrived: the running form, if any, is dropped with all it collected. What
     * stays is only a mark that one was dropped, so that on opting back in the sender can be told
     * it was not saved ({@link #formDroppedAtOptOut}).
     */
    @Transactional
    public void dropFormAtOptOut(Channel channel, String sender) {
        Optional<FlowStore.Stored> stored = flowStore.find(channel, sender, clock.instant());
        if (stored.isEmpty()) {
            return;
        }
        flowStore.delete(channel, sender);
        FlowState state = stored.get().state();
        if (!state.data().isEmpty() && !stored.get().expired()) {
            flowStore.save(channel, sender, FlowState.start(DROPPED_AT_OPT_OUT, state.flow()),
                    clock.instant().plus(DROPPED_MARK_KEPT));
        }
    }

    /**
     * On opting back in: a sentence saying the form left at opt-out was not saved, once; empty
     * when there was none.
     */
    @Transactional
    public Optional<String> formDroppedAtOptOut(Channel channel, String sender) {
        Optional<FlowStore.Stored> stored = flowStore.find(channel, sender, clock.instant());
        if (stored.isEmpty() || !stored.get().state().flow().equals(DROPPED_AT_OPT_OUT)) {
            return Optional.empty();
        }
        flowStore.delete(channel, sender);
        return Optional.of(texts.get(languageOf(channel, sender), "conversation.form-dropped-at-opt-out"));
    }

    /** The sender's unexpired flow; an expired or orphaned one is dropped with a word to the sender. */
    private Optional<FlowState> runningFlow(Inbound inbound, Optional<FlowStore.Stored> stored, Turn turn,
            List<String> preface) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().state().flow().equals(DROPPED_AT_OPT_OUT)) {
            flowStore.delete(inbound.channel(), inbound.sender());
            preface.add(turn.t("conversation.form-dropped-at-opt-out"));
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
